package org.auscult.training.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapping of manifests and checkpoints: snake_case keys, unknown keys refused. */
public final class ManifestJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  private ManifestJson() {}

  /** The shared, thread-safe mapper (configured once, never changed). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
