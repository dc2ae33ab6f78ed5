-- The statuses an application may have, as ApplicationStatus declares them: V1 left the column unchecked, so the
-- database now holds the list as it does for the other lifecycles (spot_check_round, spot_check_finding).
-- ApplicationStatusMatchesMigrationsTest compares the two; the moves between them stay in ApplicationStatus#TABLE.
alter table acceptance_application add constraint acceptance_application_status
    check (status in ('SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'PASSED', 'FAILED', 'FILED', 'REVOKED'));
