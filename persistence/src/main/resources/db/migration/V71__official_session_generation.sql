-- Access tokens carry the generation of the official's sessions; raising it (deactivation, a change of roles or
-- agency, a password reset) refuses every earlier token on its next request.
ALTER TABLE official ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
