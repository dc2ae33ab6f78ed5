package cn.gov.shandong.circular.parks.registry;

import jakarta.persistence.EntityManager;

/**
 * One writer at a time in the registry: a transaction-scoped PostgreSQL advisory lock taken by every write that
 * checks names or codes across parks (registration, import, rename, merge), so that two imports cannot both find a
 * name free. The unique constraints on name and credit code remain the backstop.
 */
public final class RegistryLock {

    /** An arbitrary key of this lock ('park' 'reg' as ASCII). */
    private static final long KEY = 0x7061726b726567L;

    private RegistryLock() {
    }

    public static void take(EntityManager entityManager) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
    }
}
