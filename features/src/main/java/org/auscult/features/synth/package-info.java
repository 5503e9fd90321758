/**
 * The synthetic twin of the DCASE 2022 Task 2 development set: which clips exist at each scale
 * ({@link org.auscult.features.synth.SynthScale}, {@link org.auscult.features.synth.SynthPlan}),
 * their attributes, and one physical sound model per machine type that renders a clip as a pure
 * function of (seed, machine, section, domain, split, label, index)
 * ({@link org.auscult.features.synth.ClipSynthesizer}).
 *
 * <p>Bit-exactness: Java 17 evaluates {@code double} arithmetic strictly (JEP 306), so only the
 * transcendental functions may differ between JVMs. Everything here calls {@link java.lang.StrictMath}
 * for them and only at set-up time; the per-sample loops use additions, multiplications, table
 * look-ups ({@link org.auscult.features.synth.SineTable}) and recursive filters. No I/O.
 */
package org.auscult.features.synth;
