-- Which instance of Agora works on a publication: the application_name of the database session that published it, or
-- last marked it processing or resubmitted. Every instance names its sessions uniquely (app.database.Instance). A
-- publication whose instance has no session left in pg_stat_activity was left by a process that died, and is resumed
-- at once instead of after the staleness durations (ADR 0025). Set by triggers, as Spring Modulith writes the rows.
ALTER TABLE event_publication.event_publication ADD COLUMN instance text;

CREATE FUNCTION event_publication.note_instance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.instance := nullif(current_setting('application_name', true), '');
    RETURN NEW;
END
$$;

CREATE TRIGGER published_by_instance
    BEFORE INSERT ON event_publication.event_publication
    FOR EACH ROW EXECUTE FUNCTION event_publication.note_instance();

CREATE TRIGGER taken_by_instance
    BEFORE UPDATE OF status ON event_publication.event_publication
    FOR EACH ROW WHEN (NEW.status IN ('PROCESSING', 'RESUBMITTED') AND NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION event_publication.note_instance();
