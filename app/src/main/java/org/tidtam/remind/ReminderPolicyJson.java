package org.tidtam.remind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tidtam.i18n.TidtamException;

/**
 * The reminder policy as JSON, for the settings table. Times are "08:00"; kinds and urgencies by their
 * enum names; a kind missing from the JSON keeps its default rules, so settings written by an older
 * Tidtam still load.
 */
public final class ReminderPolicyJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReminderPolicyJson() { }

    public static String write(ReminderPolicy policy) {
        try {
            return MAPPER.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reminder policy", e);
        }
    }

    /** Reads a stored policy; bad JSON is a TidtamException "remind.policy.invalid" quoting the problem. */
    public static ReminderPolicy read(String json) {
        if (json == null || json.isBlank()) {
            return ReminderPolicy.defaults();
        }
        try {
            return MAPPER.readValue(json, ReminderPolicy.class);
        } catch (JsonProcessingException e) {
            throw new TidtamException(e, "remind.policy.invalid", e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new TidtamException(e, "remind.policy.invalid", e.getMessage());
        }
    }
}
