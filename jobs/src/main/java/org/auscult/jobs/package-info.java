/**
 * The Spark stages of Auscult, one {@code …Job} main per stage. Each is thin: parse arguments, load
 * and validate settings, build the session (never naming a master), call the pure modules, exit
 * non-zero on any failure. This is the only module that imports Spark or dl4j-spark.
 */
package org.auscult.jobs;
