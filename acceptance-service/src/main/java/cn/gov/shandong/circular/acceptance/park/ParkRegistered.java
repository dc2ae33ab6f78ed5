package cn.gov.shandong.circular.acceptance.park;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Data of {@code park.registered} on {@code parks.events}, the fields this service keeps
 * (zoneKind and the envelope fields are ignored). A missing field makes the event poison.
 */
public record ParkRegistered(@JsonProperty(required = true) String parkCode,
                             @JsonProperty(required = true) String name,
                             @JsonProperty(required = true) String cityCode,
                             String cityName,
                             @JsonProperty(required = true) ParkLevel level) {

    public static final String TYPE = "park.registered";
}
