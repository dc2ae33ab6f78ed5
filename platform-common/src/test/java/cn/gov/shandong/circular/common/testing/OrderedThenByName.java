package cn.gov.shandong.circular.common.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Orders test classes by name, as Quarkus does by default, except that a class with {@link Order} takes the place
 * its order gives (classes without one count as {@link Order#DEFAULT}). Used as Quarkus's secondary orderer (its
 * profile grouping still comes first), so a test that needs the application to have run a while, such as the
 * consumer-lag gauges that appear at Micrometer's first refresh a minute after start, can run last instead of
 * waiting that minute.
 */
public final class OrderedThenByName implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparingInt(OrderedThenByName::order)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int order(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }
}
