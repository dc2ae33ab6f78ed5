-- One edit rule for the content of an approval workflow's versions (cn.gov.shandong.circular.plans.approval):
-- a version's content changes only while it is a draft or returned (ApprovalStage#isEditable). V3 and V5 each
-- wrote it as a function of their own (plan_content_editable, promotion_plan_park_editable); this one function
-- replaces both, with the same effect and the same messages. Its arguments: the table of the versions (the
-- content row's plan_id names one of them) and how the message names a version.
-- Recording a promotion milestone done stays promotion_milestone_editable's own rule (V5).
-- ApprovalStatesMatchMigrationsTest compares the states below with Java; ApprovalEditTriggersTest runs them.
create function approval_content_editable() returns trigger
    language plpgsql as $$
declare
    version_id uuid := (case when tg_op = 'DELETE' then old.plan_id else new.plan_id end);
    version_status varchar(20);
begin
    execute format('select status from %I where id = $1', tg_argv[0]) into version_status using version_id;
    if version_status not in ('DRAFT', 'RETURNED') then
        raise exception '% % is % and cannot be edited; revise it as a new version',
            tg_argv[1], version_id, version_status using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

drop trigger plan_indicator_target_editable on plan_indicator_target;
create trigger plan_indicator_target_editable
    before insert or update or delete on plan_indicator_target
    for each row execute function approval_content_editable('implementation_plan', 'implementation plan');

drop trigger plan_project_editable on plan_project;
create trigger plan_project_editable
    before insert or update or delete on plan_project
    for each row execute function approval_content_editable('implementation_plan', 'implementation plan');

drop trigger promotion_plan_park_editable on promotion_plan_park;
create trigger promotion_plan_park_editable
    before insert or update or delete on promotion_plan_park
    for each row execute function approval_content_editable('promotion_plan', 'promotion plan');

drop function plan_content_editable();
drop function promotion_plan_park_editable();
