/**
 * Small operators for {@link dev.opctl.rbac.DependentsE2ETest}, one reconciler of {@link
 * dev.opctl.rbac.dependents.Widget} each, with dependents as their users write them: opctl reads
 * these sources for each one's role, and the test runs it on a real API server with that role.
 */
package dev.opctl.rbac.dependents;
