package vn.laichau.par.api.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.deadline.DeadlineKind;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.SearchText;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.application.occurrence.OccurrenceWork;

/** The plan's tasks: search and filters for the phone's task list, and one task. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "task", description = "Nhiệm vụ — tasks")
public class TaskResource {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    @GET
    @Operation(summary = "Tìm nhiệm vụ — tasks, filtered and searched (diacritics optional), in pages by id")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in violations")
    public Page<TaskResponse> list(
            @Parameter(description = "Từ khóa, có hoặc không dấu — words, with or without diacritics",
                    example = "kiem tra") @QueryParam("q") String q,
            @Parameter(description = "Plan id") @QueryParam("plan") String plan,
            @Parameter(description = "Area id") @QueryParam("area") String area,
            @Parameter(description = "Lead agency: id or code (groups that include it count)")
            @QueryParam("leadAgency") String leadAgency,
            @Parameter(description = "Deadline kind, e.g. YEARLY_DATE") @QueryParam("deadlineKind") String kind,
            @Parameter(description = "Only tasks changed at or after this instant (ISO-8601)")
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        Optional<Long> planId = Params.id("plan", plan);
        Optional<Long> areaId = Params.id("area", area);
        Optional<DeadlineKind> deadlineKind = Params.enumeration("deadlineKind", kind, DeadlineKind.class);
        Optional<Instant> since = Params.instant("updatedSince", updatedSince);
        Predicate<Task> leads = leadFilter(leadAgency);

        StringBuilder jpql = new StringBuilder("SELECT t FROM Task t WHERE t.id > :after");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", after);
        planId.ifPresent(p -> { jpql.append(" AND t.plan.id = :plan"); parameters.put("plan", p); });
        areaId.ifPresent(a -> { jpql.append(" AND t.area.id = :area"); parameters.put("area", a); });
        since.ifPresent(s -> { jpql.append(" AND t.updatedAt >= :since"); parameters.put("since", s); });
        List<String> words = q == null ? List.of() : SearchText.words(q);
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND t.searchText LIKE :w").append(i).append(" ESCAPE '!'");
            parameters.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        jpql.append(" ORDER BY t.id");
        TypedQuery<Task> query = em.createQuery(jpql.toString(), Task.class);
        parameters.forEach(query::setParameter);
        List<Task> rows = query.getResultStream()
                .filter(leads)
                .filter(t -> deadlineKind.isEmpty() || kindOf(t) == deadlineKind.get())
                .limit(size + 1L).toList();
        return Paging.page(rows, size, Task::id, t -> TaskResponse.of(t, kindOf(t)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một nhiệm vụ — one task")
    @APIResponse(responseCode = "200", description = "The task, with its version as ETag")
    @APIResponse(responseCode = "404", description = "No such task")
    public Response get(@PathParam("id") long id) {
        Task task = Optional.ofNullable(em.find(Task.class, id))
                .orElseThrow(() -> ProblemException.notFound("task", id));
        return Response.ok(TaskResponse.of(task, kindOf(task))).tag(Preconditions.tagOf(task.version())).build();
    }

    static DeadlineKind kindOf(Task task) {
        return task.deadlineRule(PARSER).kind();
    }

    private Predicate<Task> leadFilter(String leadAgency) {
        if (leadAgency == null || leadAgency.isBlank()) {
            return t -> true;
        }
        String wanted = leadAgency.strip();
        Optional<Agency> agency = wanted.chars().allMatch(Character::isDigit)
                ? agencies.findById(Long.parseLong(wanted)) : agencies.findByCode(wanted);
        if (agency.isEmpty()) {
            throw Params.invalid("leadAgency", "không có cơ quan này — no such agency");
        }
        AgencyDirectory directory = agencies.directory();
        LocalDate today = LocalDate.now(OccurrenceWork.ZONE);
        long id = agency.get().getId();
        String code = agency.get().getCode();
        return task -> task.leads().stream().anyMatch(p -> matches(p, code, id, directory, today));
    }

    private static boolean matches(ResponsibleParty party, String code, long id, AgencyDirectory directory,
                                   LocalDate today) {
        if (!party.isGroup()) {
            return party.code().equals(code);
        }
        return directory.responsibleOn(party, today).stream().anyMatch(a -> a.getId() == id);
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
