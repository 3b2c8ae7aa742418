package org.binome.mentorships;

import org.springframework.data.repository.ListCrudRepository;

interface NoteRepository extends ListCrudRepository<Note, Long> {}
