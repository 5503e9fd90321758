/**
 * WAV files in and out: a RIFF/WAVE decoder that turns the bytes of a clip into float samples
 * exactly as soundfile/librosa do, and is safe on hostile input (it fails only with
 * {@link org.auscult.features.audio.WavFormatException}, naming the source and the defect), and a
 * 16-bit mono PCM writer for the synthetic data set.
 */
package org.auscult.features.audio;
