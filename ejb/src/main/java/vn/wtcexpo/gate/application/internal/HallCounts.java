package vn.wtcexpo.gate.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.wtcexpo.gate.application.Occupancy;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.GateRepository.CountRow;

/** Who is inside each hall on a day, summed from its gates' counts (a correction counts, but admits nobody). */
@ApplicationScoped
public class HallCounts {

    @Inject
    private GateRepository repository;

    public Occupancy on(String eventId, LocalDate day) {
        return occupancy(eventId, day, repository.capacities(eventId), repository.counts(eventId, day));
    }

    /** Inside per hall (entries minus exits of every gate), against each hall's capacity, and admitted that day. */
    static Occupancy occupancy(String eventId, LocalDate day, Map<String, Integer> caps, List<CountRow> rows) {
        Map<String, int[]> perHall = new TreeMap<>();
        for (String hall : caps.keySet()) {
            perHall.put(hall, new int[2]);
        }
        int admitted = 0;
        for (CountRow row : rows) {
            int[] c = perHall.computeIfAbsent(row.hall(), h -> new int[2]);
            c[0] += row.entries();
            c[1] += row.exits();
            if (!row.correction()) {
                admitted += row.entries();
            }
        }
        List<Occupancy.Hall> halls = new ArrayList<>();
        int inside = 0;
        for (Map.Entry<String, int[]> e : perHall.entrySet()) {
            int in = e.getValue()[0] - e.getValue()[1];
            inside += in;
            halls.add(new Occupancy.Hall(e.getKey(), in, caps.getOrDefault(e.getKey(), 0), e.getValue()[0], e.getValue()[1]));
        }
        return new Occupancy(eventId, day, inside, halls, admitted);
    }
}
