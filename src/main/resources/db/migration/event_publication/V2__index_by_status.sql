-- Spring Modulith 2's staleness check and the resubmission of failed publications look publications up by status and
-- age, several times a minute: without this index each look-up reads the whole table.
CREATE INDEX event_publication_by_status_and_date
    ON event_publication.event_publication (status, publication_date);
