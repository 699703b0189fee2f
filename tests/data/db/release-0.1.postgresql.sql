CREATE TABLE attempts (
	run_id VARCHAR(40) NOT NULL, 
	number INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	started_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	finished_at TIMESTAMP WITH TIME ZONE, 
	pid INTEGER, 
	error_kind VARCHAR(20), 
	error_type VARCHAR(200), 
	error TEXT, 
	traceback TEXT, 
	retry_in FLOAT, 
	PRIMARY KEY (run_id, number)
);
CREATE TABLE items (
	id SERIAL NOT NULL, 
	run_id VARCHAR(40) NOT NULL, 
	bot VARCHAR(200) NOT NULL, 
	key VARCHAR(500) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	message TEXT, 
	data TEXT, 
	attempt INTEGER, 
	created_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_items_run_id ON items (run_id);
CREATE INDEX ix_items_bot_key ON items (bot, key);
CREATE TABLE locks (
	name VARCHAR(200) NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	host VARCHAR(200) NOT NULL, 
	pid INTEGER NOT NULL, 
	acquired_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	heartbeat_at TIMESTAMP WITH TIME ZONE, 
	PRIMARY KEY (name)
);
CREATE TABLE runs (
	id VARCHAR(40) NOT NULL, 
	bot VARCHAR(200) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	trigger VARCHAR(40) NOT NULL, 
	schedule_id VARCHAR(200), 
	params TEXT NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	started_at TIMESTAMP WITH TIME ZONE, 
	finished_at TIMESTAMP WITH TIME ZONE, 
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
	heartbeat_at TIMESTAMP WITH TIME ZONE, 
	queue_options TEXT, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_runs_bot ON runs (bot);
CREATE INDEX ix_runs_status ON runs (status);
INSERT INTO runs VALUES('20261101-080000-aaaaaa','invoice_processing','partial','schedule','invoices-morning','{"inbox": "var/inbox"}','2026-11-29 14:10:56.588346',NULL,'2026-11-01 08:01:00.000000',1,'vm',2284,NULL,NULL,1,0,1,0,NULL,NULL,NULL,NULL);
INSERT INTO attempts VALUES('20261101-080000-aaaaaa',1,'partial','2026-11-29 14:10:56.590305','2026-11-29 14:10:56.596361',NULL,'business',NULL,'0 item(s) failed, 1 in review',NULL,NULL);
INSERT INTO items VALUES(1,'20261101-080000-aaaaaa','invoice_processing','3f5a9c','done',NULL,'{"file": "acme-0042.pdf"}',1,'2026-11-29 14:10:56.593253','2026-11-29 14:10:56.594201');
INSERT INTO items VALUES(2,'20261101-080000-aaaaaa','invoice_processing','77b1e0','review','totals do not add up','{"file": "globex-17.pdf"}',1,'2026-11-29 14:10:56.595330','2026-11-29 14:10:56.595891');
SELECT setval('items_id_seq', (SELECT max(id) FROM items));
