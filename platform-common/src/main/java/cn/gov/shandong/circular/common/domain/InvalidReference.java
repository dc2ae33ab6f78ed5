package cn.gov.shandong.circular.common.domain;

/** A field names something that is not known (a park code, an expert, a programme). */
public final class InvalidReference extends DomainException {

    public InvalidReference(String field, String detail) {
        super(field, detail);
    }
}
