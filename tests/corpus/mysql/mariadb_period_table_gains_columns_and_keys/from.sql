CREATE TABLE room_rates (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  room_id int NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  rate decimal(8,2) NOT NULL,
  PERIOD FOR validity (valid_from, valid_to),
  UNIQUE KEY room_rates_no_overlap (room_id, validity WITHOUT OVERLAPS)
) ENGINE=InnoDB;
INSERT INTO room_rates (room_id, valid_from, valid_to, rate) VALUES (1, '2024-01-01', '2024-06-01', 80), (1, '2024-06-01', '2025-01-01', 95);
