/**
 * One clip from WAV bytes to its features (baseline log-mel over the whole clip and gwrp vector),
 * read as it comes (any length, the configured channel, resampled to the log-mel rate), with every
 * check that makes a clip bad (unreadable, empty or too short, no such channel, not finite) named in
 * one place.
 */
package org.auscult.features.extract;
