/**
 * Who may use a shared workbench: accounts with a role, their hashed passwords and API tokens, login sessions and the
 * lock-out after repeated failures.
 */
package org.dramatis.auth;
