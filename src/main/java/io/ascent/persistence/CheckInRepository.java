package io.ascent.persistence;

import io.ascent.domain.CheckIn;
import java.util.List;

/**
 * Where check-ins are kept. There is deliberately no update: a check-in is a snapshot, stored
 * once. Failures are {@link PersistenceException}s.
 */
public interface CheckInRepository {

    /** Stores a new check-in in one transaction and returns it with its id. */
    CheckIn insert(CheckIn checkIn);

    /** The plan's check-ins, oldest first. */
    List<CheckIn> findByPlan(long planId);
}
