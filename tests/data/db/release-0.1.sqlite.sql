CREATE TABLE runs (
	id VARCHAR(40) NOT NULL, 
	bot VARCHAR(200) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	"trigger" VARCHAR(40) NOT NULL, 
	schedule_id VARCHAR(200), 
	params TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	started_at DATETIME, 
	finished_at DATETIME, 
	attempts INTEGER NOT NULL, 
	host VARCHAR(200), 
	pid INTEGER, 
	error TEXT, 
	items_total INTEGER, 
	items_done INTEGER NOT NULL, 
	items_failed INTEGER NOT NULL, 
	items_review INTEGER NOT NULL, 
	items_skipped INTEGER NOT NULL, 
	run_dir TEXT, 
	claimed_by VARCHAR(200), 
	heartbeat_at DATETIME, 
	queue_options TEXT, 
	PRIMARY KEY (id)
);
INSERT INTO runs VALUES('20261101-080000-aaaaaa','invoice_processing','partial','schedule','invoices-morning','{"inbox": "var/inbox"}','2026-11-29 14:10:56.588346',NULL,'2026-11-01 08:01:00.000000',1,'vm',2284,NULL,NULL,1,0,1,0,NULL,NULL,NULL,NULL);
CREATE TABLE attempts (
	run_id VARCHAR(40) NOT NULL, 
	number INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	pid INTEGER, 
	error_kind VARCHAR(20), 
	error_type VARCHAR(200), 
	error TEXT, 
	traceback TEXT, 
	retry_in FLOAT, 
	PRIMARY KEY (run_id, number)
);
INSERT INTO attempts VALUES('20261101-080000-aaaaaa',1,'partial','2026-11-29 14:10:56.590305','2026-11-29 14:10:56.596361',NULL,'business',NULL,'0 item(s) failed, 1 in review',NULL,NULL);
CREATE TABLE items (
	id INTEGER NOT NULL, 
	run_id VARCHAR(40) NOT NULL, 
	bot VARCHAR(200) NOT NULL, 
	"key" VARCHAR(500) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	message TEXT, 
	data TEXT, 
	attempt INTEGER, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO items VALUES(1,'20261101-080000-aaaaaa','invoice_processing','3f5a9c','done',NULL,'{"file": "acme-0042.pdf"}',1,'2026-11-29 14:10:56.593253','2026-11-29 14:10:56.594201');
INSERT INTO items VALUES(2,'20261101-080000-aaaaaa','invoice_processing','77b1e0','review','totals do not add up','{"file": "globex-17.pdf"}',1,'2026-11-29 14:10:56.595330','2026-11-29 14:10:56.595891');
CREATE TABLE locks (
	name VARCHAR(200) NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	host VARCHAR(200) NOT NULL, 
	pid INTEGER NOT NULL, 
	acquired_at DATETIME NOT NULL, 
	heartbeat_at DATETIME, 
	PRIMARY KEY (name)
);
CREATE INDEX ix_runs_status ON runs (status);
CREATE INDEX ix_runs_bot ON runs (bot);
CREATE INDEX ix_items_bot_key ON items (bot, "key");
CREATE INDEX ix_items_run_id ON items (run_id);
