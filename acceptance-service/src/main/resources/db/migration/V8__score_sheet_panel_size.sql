-- The size of a review's expert panel is a rule of the score sheet version, as its criteria and pass line
-- are (issue 20): a review needs at least panel_min experts who all scored before the city passes or fails
-- it, and seats at most panel_max. Every version stored so far keeps the bounds the service applied until
-- now: 3 to 15. A version published later takes the bounds of the version it follows.
--
-- The API's panel request and the acceptance.review-panel-assigned event both allow 3 to 15 experts
-- (openapi and asyncapi minItems/maxItems), so a version's bounds lie within those.
-- Adding columns with a constant default fires no row trigger: score_sheet_immutable stays untouched.
alter table score_sheet
    add column panel_min integer not null default 3,
    add column panel_max integer not null default 15,
    add constraint score_sheet_panel_size check (panel_min >= 3 and panel_min <= panel_max and panel_max <= 15);
