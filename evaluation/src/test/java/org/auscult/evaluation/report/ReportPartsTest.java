package org.auscult.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPartsTest {
  @Test
  void colourIsWhiteAtChanceGreenAboveRedBelow() {
    assertThat(ColourScale.background(0.5)).isEqualTo("rgb(255,255,255)");
    assertThat(ColourScale.background(1.0)).isEqualTo("rgb(123,190,129)");
    assertThat(ColourScale.background(0.2)).isEqualTo("rgb(222,128,113)");
    assertThat(ColourScale.background(0.0)).isEqualTo(ColourScale.background(0.2));
    assertThat(ColourScale.background(Double.NaN)).isEqualTo("#ffffff");
  }

  @Test
  void histogramTicksAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(ReportCharts.niceStep(0.3)).isEqualTo(0.5);
    assertThat(ReportCharts.niceStep(1.0)).isEqualTo(1.0);
    assertThat(ReportCharts.niceStep(1.2)).isEqualTo(2.0);
    assertThat(ReportCharts.niceStep(37)).isEqualTo(50.0);
    assertThat(ReportCharts.niceStep(0.0031)).isEqualTo(0.005, org.assertj.core.api.Assertions
        .within(1e-18));
  }

  @Test
  void htmlEscapesEverythingThatCouldOpenMarkup() {
    assertThat(HtmlReport.esc("<a href='x'>&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void publishedFiguresKeepTheirDecimals() {
    assertThat(PublishedBaselines.value("AE baseline", PublishedBaselines.AUC_SOURCE, 0))
        .isEqualTo("91.70");
    assertThat(PublishedBaselines.value("gwrp-GMM (LY)", PublishedBaselines.PAUC, 6))
        .isEqualTo("72.2");
    assertThat(PublishedBaselines.ROWS).hasSize(9).allSatisfy(r ->
        assertThat(r.values()).hasSize(PublishedBaselines.MACHINES.size()));
  }
}
