using Microsoft.AspNetCore.Builder;
using Patchwarden.Server.Accounts;
using Patchwarden.Server.Activations;
using Patchwarden.Server.Agents;
using Patchwarden.Server.Audit;
using Patchwarden.Server.Baselines;
using Patchwarden.Server.Compliance;
using Patchwarden.Server.Instances;
using Patchwarden.Server.PatchGroups;
using Patchwarden.Server.Reports;
using Patchwarden.Server.Tokens;

namespace Patchwarden.Server.Hosting;

/// <summary>Maps every feature's endpoints under <c>/api/v1</c>.</summary>
public static class ApiEndpoints
{
    public static void MapPatchwardenApi(this WebApplication app)
    {
        app.MapAccountsApi();
        app.MapTokensApi();
        app.MapActivationsApi();
        app.MapAgentsApi();
        app.MapAuditApi();
        app.MapBaselinesApi();
        app.MapPatchGroupsApi();
        app.MapReportsApi();
        app.MapInstancesApi();
        app.MapComplianceApi();
    }
}
