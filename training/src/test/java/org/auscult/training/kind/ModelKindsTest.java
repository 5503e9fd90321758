package org.auscult.training.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelKindsTest {

  @Test
  void everyKindIsRegisteredOnceInOrder() {
    assertThat(ModelKinds.names())
        .containsExactly("ae", "classifier", "embedding", "gmm", "spectral", "supervised");
    assertThat(ModelKinds.named("gmm").name()).isEqualTo("gmm");
  }

  @Test
  void anUnknownNameListsTheKindsThereAre() {
    assertThatThrownBy(() -> ModelKinds.named("svm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown model kind 'svm', expected one of ae, classifier, embedding, gmm, "
            + "spectral, supervised");
  }

  @Test
  void everyKindReadsItsDefaultsAndNamesTheKeyOfABadValue() {
    for (ModelKind k : ModelKinds.all()) {
      Trainer t = k.trainer(ConfigFactory.load());
      assertThat(t.settings()).as(k.name()).isNotEmpty();
      assertThat(k.summary()).as(k.name()).isNotBlank();
    }
    assertThatThrownBy(() -> ModelKinds.named("ae").trainer(ConfigFactory.parseMap(
        Map.of("auscult.training.ae.epochs", 0)).withFallback(ConfigFactory.load())))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("auscult.training.ae.epochs")
        .hasMessageContaining("expected an integer >= 1, got 0");
  }

  @Test
  void onlyTheLabelUsingReferenceCarriesANote() {
    assertThat(ModelKinds.all().stream().filter(k -> k.note() != null).map(ModelKind::name))
        .containsExactly("supervised");
  }
}
