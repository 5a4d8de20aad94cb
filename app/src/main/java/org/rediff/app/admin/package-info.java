/** The administrators' pages: users and their roles, and the audit trail. */
package org.rediff.app.admin;
