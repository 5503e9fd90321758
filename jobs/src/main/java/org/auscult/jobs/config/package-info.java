/**
 * Loading Typesafe Config for a stage (reference.conf of every module, the profile named by
 * {@code -Dconfig.file}, {@code --conf} files and {@code -D key=value} overrides) and checking it
 * against the reference so a misspelt or mistyped key fails at start, naming the key and the file.
 */
package org.auscult.jobs.config;
