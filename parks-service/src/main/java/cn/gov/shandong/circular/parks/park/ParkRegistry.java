package cn.gov.shandong.circular.parks.park;

import cn.gov.shandong.circular.common.domain.Conflict;
import cn.gov.shandong.circular.common.domain.InvalidReference;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.parks.city.City;
import cn.gov.shandong.circular.parks.registry.ParkChange;
import cn.gov.shandong.circular.parks.registry.RegistryLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Registers parks one at a time: the row, its history entry and its {@code park.registered} event commit together. */
@ApplicationScoped
public class ParkRegistry {

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    @Transactional
    public Park register(RegisterParkRequest request) {
        City city = City.findById(request.cityCode());
        if (city == null) {
            throw new InvalidReference("cityCode", "City " + request.cityCode() + " does not exist");
        }
        if (city.abolishedOn != null) {
            throw new InvalidReference("cityCode", "City " + city.code + " was abolished on "
                    + city.abolishedOn + "; register the park under " + city.successorCode);
        }
        RegistryLock.take(entityManager);
        if (Park.count("name", request.name()) > 0) {
            throw new Conflict("duplicate-park", "A park named " + request.name() + " is already registered");
        }
        Park park = new Park();
        long number = ((Number) entityManager.createNativeQuery("select nextval('park_number_seq')")
                .getSingleResult()).longValue();
        park.code = String.format("SDP%03d", number);
        park.name = request.name();
        park.city = city;
        park.level = request.level();
        park.zoneKind = request.zoneKind();
        park.persist();
        var event = outbox.record(new ParkRegistered(park.code, park.name, city.code, city.name, park.level, park.zoneKind));
        entityManager.persist(ParkChange.registered(park.code, clock.today(), park.name, caller.username(), event.id));
        return park;
    }
}
