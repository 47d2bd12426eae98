-- An official's telephone number, kept by the administrators with the e-mail address.
ALTER TABLE official ADD COLUMN phone VARCHAR(32) NULL AFTER email;
