package cn.gov.shandong.circular.reporting.dispatch;

import cn.gov.shandong.circular.reporting.notice.CityNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The programme's newest notices published by the end of asOf that name a park of the city (the notice package's query). */
@ApplicationScoped
class LatestNotices implements DispatchSection<List<LatestNotice>> {

    @Inject
    CityNotices notices;

    @Override
    public Map<String, List<LatestNotice>> byCity(DispatchQuestion question) {
        Map<String, List<LatestNotice>> sections = new HashMap<>();
        notices.latest(question.programme(), question.asOf(), LatestNotice.MAX).forEach((city, named) -> {
            if (question.visible().test(city)) {
                sections.put(city, named.stream()
                        .map(n -> new LatestNotice(n.id(), n.number(), n.publishedOn(), n.title(), n.parks())).toList());
            }
        });
        return sections;
    }

    @Override
    public List<LatestNotice> empty(DispatchQuestion question, String cityCode) {
        return List.of();
    }
}
