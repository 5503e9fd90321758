/**
 * The baseline log-mel front end of the DCASE 2022 Task 2 baselines, reproduced to librosa's numbers
 * (periodic Hann STFT with zero centre padding, Slaney mel filter bank, {@code 10·log10(max(mel, ε))}),
 * and the shapes built from it: stacked context frames, patches and gwrp clip vectors.
 *
 * <p>Everything here is a pure function over primitive arrays, free of I/O and Spark. The log-mel
 * matrix of a clip is always frame-major: {@code logmel[t * nMels + m]} is band {@code m} of frame
 * {@code t}.
 */
package org.auscult.features.dsp;
