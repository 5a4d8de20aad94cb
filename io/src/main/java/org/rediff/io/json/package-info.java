/** Strict reading of JSON inputs: every missing, mistyped or unknown field is an error naming its JSON path. */
package org.rediff.io.json;
