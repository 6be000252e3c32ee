CREATE TABLE users (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(255) NOT NULL,
  created_at datetime(6) NOT NULL,
  updated_at datetime(6) NOT NULL,
  UNIQUE KEY index_users_on_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE profiles (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id bigint NOT NULL,
  kind varchar(20) NOT NULL DEFAULT 'public',
  bio text,
  created_at datetime(6) NOT NULL,
  updated_at datetime(6) NOT NULL,
  KEY index_profiles_on_user_id (user_id),
  UNIQUE KEY index_profiles_on_user_id_and_kind (user_id, kind),
  CONSTRAINT fk_rails_e424190865 FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE api_tokens (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id bigint NOT NULL,
  token_digest varchar(64) NOT NULL,
  scopes varchar(255) NOT NULL DEFAULT 'read',
  last_used_at datetime(6) DEFAULT NULL,
  KEY index_api_tokens_on_user_id_and_last_used_at (user_id, last_used_at),
  UNIQUE KEY index_api_tokens_on_token_digest (token_digest),
  CONSTRAINT fk_rails_f16b5e0447 FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE teams (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE memberships (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id bigint NOT NULL,
  team_id bigint NOT NULL,
  role varchar(20) NOT NULL DEFAULT 'member',
  UNIQUE KEY index_memberships_on_user_id_and_team_id (user_id, team_id),
  KEY index_memberships_on_team_id (team_id),
  CONSTRAINT fk_rails_99326fb65d FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_rails_ae2aedcfaf FOREIGN KEY (team_id) REFERENCES teams (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
