-- Workbench accounts (issue 16). A password is stored only as its Argon2id hash (auth/PasswordHasher.java) and an API
-- token only as its SHA-256 (a token is 256 random bits, so a fast hash is enough); neither is ever stored in clear.
create table account (
    name          text not null primary key,
    role          text not null check (role in ('viewer', 'analyst', 'admin')),
    password_hash text not null,
    token_hash    text unique,
    created_at    text not null
);
