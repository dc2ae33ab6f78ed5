package cn.gov.shandong.circular.reporting.projection;

import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/v1/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections", description = "The report tables built from the event log")
public class ProjectionResource {

    private static final Logger LOG = Logger.getLogger(ProjectionResource.class);

    @Inject
    ProjectionRebuild rebuild;

    @Inject
    Caller caller;

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "rebuildProjections", summary = "Rebuild the projections (parks, schedules, filings, approved plan targets) by replaying the whole event log")
    public ProjectionRebuild.RebuildResult rebuild() {
        ProjectionRebuild.RebuildResult result = rebuild.rebuild();
        LOG.infof("Projections rebuilt by %s: %s", caller.username(), result);
        return result;
    }
}
