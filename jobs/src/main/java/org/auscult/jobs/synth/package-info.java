/** The {@code synth} stage: the deterministic synthetic twin of the DCASE dev set, as WAV files. */
package org.auscult.jobs.synth;
