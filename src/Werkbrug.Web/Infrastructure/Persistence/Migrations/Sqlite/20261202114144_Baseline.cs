using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Werkbrug.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ProcessingSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessingHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    UserHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.RegionCode);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostcodeAreas",
                columns: table => new
                {
                    Pc4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostcodeAreas", x => x.Pc4);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingLogRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectPseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingLogRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SbiSections",
                columns: table => new
                {
                    Letter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    NameNl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SbiSections", x => x.Letter);
                });

            migrationBuilder.CreateTable(
                name: "UserAuditRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubjectCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserAuditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Name);
                    table.ForeignKey(
                        name: "FK_Municipalities_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionSecrets",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionSecrets", x => new { x.RegionCode, x.Purpose });
                    table.ForeignKey(
                        name: "FK_RegionSecrets_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServicePoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePoints_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ServicePointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Municipalities_MunicipalityName",
                        column: x => x.MunicipalityName,
                        principalTable: "Municipalities",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisations_ServicePoints_ServicePointId",
                        column: x => x.ServicePointId,
                        principalTable: "ServicePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ServicePointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Focus = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_ServicePoints_ServicePointId",
                        column: x => x.ServicePointId,
                        principalTable: "ServicePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ErasedJobSeekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    RegisteredMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeregisteredMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ErasedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasedJobSeekers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ErasedJobSeekers_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ErasedJobSeekers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Employers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    KvkNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TradeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SbiCodes = table.Column<string>(type: "TEXT", nullable: false),
                    SbiSections = table.Column<string>(type: "TEXT", nullable: false),
                    SizeClass = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountManagerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccountManagerTeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employers_AspNetUsers_AccountManagerUserId",
                        column: x => x.AccountManagerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Employers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Employers_Teams_AccountManagerTeamId",
                        column: x => x.AccountManagerTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Pc4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    SealedBsn = table.Column<string>(type: "TEXT", nullable: true),
                    BsnHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SealedWorkRequirements = table.Column<string>(type: "TEXT", nullable: true),
                    WerkfitStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WerkfitAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WerkfitAssessedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Benefit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobsAgreementTarget = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkAndThinkingLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DrivingLicences = table.Column<string>(type: "TEXT", nullable: false),
                    Traits = table.Column<string>(type: "TEXT", nullable: false),
                    Interests = table.Column<string>(type: "TEXT", nullable: false),
                    TrainingNeeds = table.Column<string>(type: "TEXT", nullable: false),
                    MinHoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxHoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxTravelKm = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxTravelMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Branches = table.Column<string>(type: "TEXT", nullable: false),
                    ContractDurations = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementTypes = table.Column<string>(type: "TEXT", nullable: false),
                    IrregularHours = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastContactOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeregisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Competences = table.Column<string>(type: "TEXT", nullable: true),
                    Education = table.Column<string>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: true),
                    WorkExperience = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekers_AspNetUsers_CaseManagerUserId",
                        column: x => x.CaseManagerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobSeekers_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobSeekers_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TextKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TextArguments = table.Column<string>(type: "TEXT", nullable: false),
                    PlainText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalAccessTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalAccessTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalAccessTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactMoments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Initiator = table.Column<int>(type: "INTEGER", nullable: false),
                    AdviserUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FollowUpDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpDoneAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FollowUpDoneByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsPlanned = table.Column<bool>(type: "INTEGER", nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMoments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactMoments_AspNetUsers_AdviserUserId",
                        column: x => x.AdviserUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployerAccountManagerHandovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerAccountManagerHandovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerAccountManagerHandovers_AspNetUsers_ToUserId",
                        column: x => x.ToUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerAccountManagerHandovers_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerContactPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PreferredChannel = table.Column<int>(type: "INTEGER", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerContactPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerContactPersons_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerLocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Pc4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    MunicipalityName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerLocations_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmployerLocations_Municipalities_MunicipalityName",
                        column: x => x.MunicipalityName,
                        principalTable: "Municipalities",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployerTargetGroupInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerTargetGroupInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerTargetGroupInterests_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KvkNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SbiSection = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedTeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeRequests_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeRequests_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_IntakeRequests_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeRequests_Teams_AssignedTeamId",
                        column: x => x.AssignedTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Categories = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutsideRecipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Explicit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Consents_Organisations_RecipientOrganisationId",
                        column: x => x.RecipientOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekerContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SealedNote = table.Column<string>(type: "TEXT", nullable: true),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekerContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekerContacts_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobSeekerContacts_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobSeekerContacts_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PossibleDuplicates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ProfileAId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationAId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileBId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationBId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FoundAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PossibleDuplicates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PossibleDuplicates_JobSeekers_ProfileAId",
                        column: x => x.ProfileAId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PossibleDuplicates_JobSeekers_ProfileBId",
                        column: x => x.ProfileBId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakeRequestEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    IntakeRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeRequestEvents_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IntakeRequestEvents_IntakeRequests_IntakeRequestId",
                        column: x => x.IntakeRequestId,
                        principalTable: "IntakeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntakeRequestEvents_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EducationLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    HoursPerWeekMin = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursPerWeekMax = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ContractType = table.Column<int>(type: "INTEGER", nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Pc4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    MunicipalityName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Positions = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenToAdaptingJob = table.Column<bool>(type: "INTEGER", nullable: false),
                    HardToFill = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdviserUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IntakeRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsCreatedFunction = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalationLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastActivityAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vacancies_AspNetUsers_AdviserUserId",
                        column: x => x.AdviserUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vacancies_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vacancies_IntakeRequests_IntakeRequestId",
                        column: x => x.IntakeRequestId,
                        principalTable: "IntakeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Vacancies_Municipalities_MunicipalityName",
                        column: x => x.MunicipalityName,
                        principalTable: "Municipalities",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vacancies_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vacancies_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployerLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_AspNetUsers_RevokedByUserId",
                        column: x => x.RevokedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerLinks_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferringOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Disclosure = table.Column<int>(type: "INTEGER", nullable: false),
                    DisclosureBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DisclosureLegalBasis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ExplicitConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InterviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_AspNetUsers_ApprovedByUserId",
                        column: x => x.ApprovedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_AspNetUsers_ReferredByUserId",
                        column: x => x.ReferredByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_ReferringOrganisationId",
                        column: x => x.ReferringOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShortlistEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_AspNetUsers_AddedByUserId",
                        column: x => x.AddedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShortlistEntries_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyCompetences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<int>(type: "INTEGER", nullable: false),
                    Importance = table.Column<int>(type: "INTEGER", nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyCompetences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyCompetences_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyEscalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyEscalations_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyEscalations_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancySkills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TaxonomyCode = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Importance = table.Column<int>(type: "INTEGER", nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancySkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancySkills_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyStatusChanges_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyStatusChanges_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Separable = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceVacancyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyTasks_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContractType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HoursPerWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactPersonUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobCoachAgreed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployedAtSixMonths = table.Column<bool>(type: "INTEGER", nullable: true),
                    EmployedAtTwelveMonths = table.Column<bool>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_AspNetUsers_ContactPersonUserId",
                        column: x => x.ContactPersonUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Organisations_PlacingOrganisationId",
                        column: x => x.PlacingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Placements_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByEmployerLinkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_EmployerLinks_ByEmployerLinkId",
                        column: x => x.ByEmployerLinkId,
                        principalTable: "EmployerLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralEvents_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AftercareTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Checkpoint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssigneeUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AftercareTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_AspNetUsers_AssigneeUserId",
                        column: x => x.AssigneeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_AspNetUsers_CompletedByUserId",
                        column: x => x.CompletedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AftercareTasks_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_AssigneeUserId_CompletedOn_DueOn",
                table: "AftercareTasks",
                columns: new[] { "AssigneeUserId", "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_CompletedByUserId",
                table: "AftercareTasks",
                column: "CompletedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_CompletedOn_DueOn",
                table: "AftercareTasks",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_PlacementId",
                table: "AftercareTasks",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_ReferralId",
                table: "AftercareTasks",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_AftercareTasks_RegionCode",
                table: "AftercareTasks",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_RegionCode",
                table: "AspNetUsers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TeamId",
                table: "AspNetUsers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consents_JobSeekerId_RecipientOrganisationId",
                table: "Consents",
                columns: new[] { "JobSeekerId", "RecipientOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecipientOrganisationId",
                table: "Consents",
                column: "RecipientOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RegionCode",
                table: "Consents",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_AdviserUserId",
                table: "ContactMoments",
                column: "AdviserUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_EmployerId",
                table: "ContactMoments",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_OrganisationId",
                table: "ContactMoments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_RegionCode",
                table: "ContactMoments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_RegionCode_EmployerId_OccurredAtUtc",
                table: "ContactMoments",
                columns: new[] { "RegionCode", "EmployerId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerAccountManagerHandovers_EmployerId",
                table: "EmployerAccountManagerHandovers",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerAccountManagerHandovers_ToUserId",
                table: "EmployerAccountManagerHandovers",
                column: "ToUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerContactPersons_EmployerId",
                table: "EmployerContactPersons",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_CreatedByUserId",
                table: "EmployerLinks",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_EmployerId",
                table: "EmployerLinks",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_RegionCode",
                table: "EmployerLinks",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_RevokedByUserId",
                table: "EmployerLinks",
                column: "RevokedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLinks_VacancyId",
                table: "EmployerLinks",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_EmployerId",
                table: "EmployerLocations",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_MunicipalityName",
                table: "EmployerLocations",
                column: "MunicipalityName");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_Pc4",
                table: "EmployerLocations",
                column: "Pc4");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_AccountManagerTeamId",
                table: "Employers",
                column: "AccountManagerTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_AccountManagerUserId",
                table: "Employers",
                column: "AccountManagerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_KvkNumber",
                table: "Employers",
                column: "KvkNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode",
                table: "Employers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode_KvkNumber",
                table: "Employers",
                columns: new[] { "RegionCode", "KvkNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employers_RegionCode_NameKey",
                table: "Employers",
                columns: new[] { "RegionCode", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerTargetGroupInterests_EmployerId",
                table: "EmployerTargetGroupInterests",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_ErasedJobSeekers_OwnerOrganisationId",
                table: "ErasedJobSeekers",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ErasedJobSeekers_RegionCode",
                table: "ErasedJobSeekers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ErasedJobSeekers_RegionCode_Pseudonym",
                table: "ErasedJobSeekers",
                columns: new[] { "RegionCode", "Pseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequestEvents_IntakeRequestId_AtUtc",
                table: "IntakeRequestEvents",
                columns: new[] { "IntakeRequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequestEvents_RegionCode",
                table: "IntakeRequestEvents",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequestEvents_UserId",
                table: "IntakeRequestEvents",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_AssignedTeamId",
                table: "IntakeRequests",
                column: "AssignedTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_EmployerId",
                table: "IntakeRequests",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_OwnerUserId",
                table: "IntakeRequests",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_Reference",
                table: "IntakeRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_RegionCode",
                table: "IntakeRequests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeRequests_RegionCode_Status_DueDate",
                table: "IntakeRequests",
                columns: new[] { "RegionCode", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerContacts_ByUserId",
                table: "JobSeekerContacts",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerContacts_JobSeekerId_OccurredOn",
                table: "JobSeekerContacts",
                columns: new[] { "JobSeekerId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerContacts_RegionCode",
                table: "JobSeekerContacts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_CaseManagerUserId",
                table: "JobSeekers",
                column: "CaseManagerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_OwnerOrganisationId_ExternalId",
                table: "JobSeekers",
                columns: new[] { "OwnerOrganisationId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode",
                table: "JobSeekers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_BsnHash",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "BsnHash" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_OwnerOrganisationId_Surname",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "OwnerOrganisationId", "Surname" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_RegionCode_Pseudonym",
                table: "JobSeekers",
                columns: new[] { "RegionCode", "Pseudonym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_UpdatedAtUtc",
                table: "JobSeekers",
                column: "UpdatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_RegionCode",
                table: "Municipalities",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientUserId_ReadAtUtc_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "RecipientUserId", "ReadAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RegionCode",
                table: "Notifications",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_MunicipalityName",
                table: "Organisations",
                column: "MunicipalityName");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_RegionCode",
                table: "Organisations",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_RegionCode_Name",
                table: "Organisations",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ServicePointId",
                table: "Organisations",
                column: "ServicePointId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_RegionCode",
                table: "PersonalAccessTokens",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_TokenHash",
                table: "PersonalAccessTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_UserId",
                table: "PersonalAccessTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ContactPersonUserId",
                table: "Placements",
                column: "ContactPersonUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerId",
                table: "Placements",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_OwnerOrganisationId",
                table: "Placements",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PlacingOrganisationId_StartDate",
                table: "Placements",
                columns: new[] { "PlacingOrganisationId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ReferralId",
                table: "Placements",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_RegionCode",
                table: "Placements",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId",
                table: "Placements",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDuplicates_ProfileAId_ProfileBId",
                table: "PossibleDuplicates",
                columns: new[] { "ProfileAId", "ProfileBId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDuplicates_ProfileBId",
                table: "PossibleDuplicates",
                column: "ProfileBId");

            migrationBuilder.CreateIndex(
                name: "IX_PossibleDuplicates_RegionCode",
                table: "PossibleDuplicates",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode",
                table: "ProcessingLogRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode_Sequence",
                table: "ProcessingLogRecords",
                columns: new[] { "RegionCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_RegionCode_SubjectPseudonym_AtUtc",
                table: "ProcessingLogRecords",
                columns: new[] { "RegionCode", "SubjectPseudonym", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingLogRecords_TraceId",
                table: "ProcessingLogRecords",
                column: "TraceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ByEmployerLinkId",
                table: "ReferralEvents",
                column: "ByEmployerLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ByUserId",
                table: "ReferralEvents",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralEvents_ReferralId",
                table: "ReferralEvents",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ApprovedByUserId",
                table: "Referrals",
                column: "ApprovedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_EmployerId",
                table: "Referrals",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_JobSeekerId",
                table: "Referrals",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OwnerOrganisationId_Status",
                table: "Referrals",
                columns: new[] { "OwnerOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferredByUserId_IdempotencyKey",
                table: "Referrals",
                columns: new[] { "ReferredByUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferringOrganisationId_Status",
                table: "Referrals",
                columns: new[] { "ReferringOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RegionCode",
                table: "Referrals",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_VacancyId_JobSeekerId",
                table: "Referrals",
                columns: new[] { "VacancyId", "JobSeekerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_RegionCode",
                table: "ServicePoints",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_RegionCode_Name",
                table: "ServicePoints",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_AddedByUserId",
                table: "ShortlistEntries",
                column: "AddedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_JobSeekerId",
                table: "ShortlistEntries",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_RegionCode",
                table: "ShortlistEntries",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistEntries_VacancyId_JobSeekerId",
                table: "ShortlistEntries",
                columns: new[] { "VacancyId", "JobSeekerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teams_RegionCode",
                table: "Teams",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_RegionCode_Name",
                table: "Teams",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teams_ServicePointId",
                table: "Teams",
                column: "ServicePointId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode",
                table: "UserAuditRecords",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode_ActorUserId_AtUtc",
                table: "UserAuditRecords",
                columns: new[] { "RegionCode", "ActorUserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_RegionCode_Sequence",
                table: "UserAuditRecords",
                columns: new[] { "RegionCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserAuditRecords_TraceId",
                table: "UserAuditRecords",
                column: "TraceId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_AdviserUserId",
                table: "Vacancies",
                column: "AdviserUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EmployerId",
                table: "Vacancies",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_IntakeRequestId",
                table: "Vacancies",
                column: "IntakeRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_LastActivityAtUtc",
                table: "Vacancies",
                column: "LastActivityAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_MunicipalityName",
                table: "Vacancies",
                column: "MunicipalityName");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OwnerOrganisationId",
                table: "Vacancies",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_RegionCode",
                table: "Vacancies",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_RegionCode_EmployerId",
                table: "Vacancies",
                columns: new[] { "RegionCode", "EmployerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_RegionCode_OwnerOrganisationId_ExternalId",
                table: "Vacancies",
                columns: new[] { "RegionCode", "OwnerOrganisationId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_RegionCode_Status_LastActivityAtUtc",
                table: "Vacancies",
                columns: new[] { "RegionCode", "Status", "LastActivityAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_VacancyCompetences_VacancyId",
                table: "VacancyCompetences",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyEscalations_ByUserId",
                table: "VacancyEscalations",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyEscalations_VacancyId",
                table: "VacancyEscalations",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancySkills_VacancyId",
                table: "VacancySkills",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyStatusChanges_ByUserId",
                table: "VacancyStatusChanges",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyStatusChanges_VacancyId",
                table: "VacancyStatusChanges",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyTasks_VacancyId",
                table: "VacancyTasks",
                column: "VacancyId");

            // Append-only audit tables: the database itself refuses UPDATE and DELETE (ADR 0006). A later migration
            // that rebuilds one of these tables must create these triggers again.
            migrationBuilder.Sql("""CREATE TRIGGER "ProcessingLogRecords_no_update" BEFORE UPDATE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on ProcessingLogRecords refused'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "ProcessingLogRecords_no_delete" BEFORE DELETE ON "ProcessingLogRecords" BEGIN SELECT RAISE(ABORT, 'append-only: DELETE on ProcessingLogRecords refused'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "UserAuditRecords_no_update" BEFORE UPDATE ON "UserAuditRecords" BEGIN SELECT RAISE(ABORT, 'append-only: UPDATE on UserAuditRecords refused'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "UserAuditRecords_no_delete" BEFORE DELETE ON "UserAuditRecords" BEGIN SELECT RAISE(ABORT, 'append-only: DELETE on UserAuditRecords refused'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ProcessingLogRecords_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ProcessingLogRecords_no_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserAuditRecords_no_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "UserAuditRecords_no_delete";""");

            migrationBuilder.DropTable(
                name: "AftercareTasks");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "ContactMoments");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EmployerAccountManagerHandovers");

            migrationBuilder.DropTable(
                name: "EmployerContactPersons");

            migrationBuilder.DropTable(
                name: "EmployerLocations");

            migrationBuilder.DropTable(
                name: "EmployerTargetGroupInterests");

            migrationBuilder.DropTable(
                name: "ErasedJobSeekers");

            migrationBuilder.DropTable(
                name: "IntakeRequestEvents");

            migrationBuilder.DropTable(
                name: "JobSeekerContacts");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PersonalAccessTokens");

            migrationBuilder.DropTable(
                name: "PossibleDuplicates");

            migrationBuilder.DropTable(
                name: "PostcodeAreas");

            migrationBuilder.DropTable(
                name: "ProcessingLogRecords");

            migrationBuilder.DropTable(
                name: "ReferralEvents");

            migrationBuilder.DropTable(
                name: "RegionSecrets");

            migrationBuilder.DropTable(
                name: "SbiSections");

            migrationBuilder.DropTable(
                name: "ShortlistEntries");

            migrationBuilder.DropTable(
                name: "UserAuditRecords");

            migrationBuilder.DropTable(
                name: "VacancyCompetences");

            migrationBuilder.DropTable(
                name: "VacancyEscalations");

            migrationBuilder.DropTable(
                name: "VacancySkills");

            migrationBuilder.DropTable(
                name: "VacancyStatusChanges");

            migrationBuilder.DropTable(
                name: "VacancyTasks");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "EmployerLinks");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "JobSeekers");

            migrationBuilder.DropTable(
                name: "Vacancies");

            migrationBuilder.DropTable(
                name: "IntakeRequests");

            migrationBuilder.DropTable(
                name: "Employers");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "ServicePoints");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
