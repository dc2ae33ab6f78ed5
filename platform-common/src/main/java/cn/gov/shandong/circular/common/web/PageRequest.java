package cn.gov.shandong.circular.common.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging query parameters shared by list endpoints ({@code ?page=0&size=20}); use with {@code @BeanParam @Valid}. */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** Highest page index: page × size stays far inside the int offset the database query takes. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;
}
