-- What the pipeline made of an asset: the served forms of an image (and, as video lands, its renditions).
CREATE TABLE variants (
    asset_id     uuid    NOT NULL REFERENCES assets (id),
    name         text    NOT NULL,
    content_type text    NOT NULL,
    width        integer NOT NULL,
    height       integer NOT NULL,
    byte_size    bigint  NOT NULL,
    object_key   text    NOT NULL,
    PRIMARY KEY (asset_id, name)
);
