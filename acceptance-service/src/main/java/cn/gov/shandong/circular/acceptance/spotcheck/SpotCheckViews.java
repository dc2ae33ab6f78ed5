package cn.gov.shandong.circular.acceptance.spotcheck;

import cn.gov.shandong.circular.events.ParkLevel;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spot-check rounds, their verification and findings as the API shows them. */
public final class SpotCheckViews {

    private SpotCheckViews() {
    }

    /** A round with its filter, seed, population and sample. */
    @Schema(name = "SpotCheckRound")
    public record Round(
            @Schema(maxLength = 7, examples = "2020-01") String code,
            @Schema(maxLength = SpotCheckRequests.NAME_MAX, examples = "2020年第一批园区循环化改造验收抽查") String name,
            @Schema(examples = "IN_PROGRESS") RoundStatus status,
            Filter population,
            @Schema(nullable = true, minimum = "1", maximum = "1000", examples = "3", description = "As asked for; null when a rate was") Integer sampleSize,
            @Schema(nullable = true, examples = "0.2", description = "As asked for; null when a size was") BigDecimal sampleRate,
            @Schema(maxLength = 64, examples = "20200115-shengjingxinwei") String seed,
            @Schema(maxItems = SpotCheckRequests.EXPERTS_MAX, examples = "[\"expert.wang\"]")
            List<@Size(max = SpotCheckRequests.USERNAME_MAX) String> experts,
            @Schema(maxItems = SpotCheckRequests.SAMPLE_MAX, examples = "[\"SDP022\", \"SDP023\", \"SDP024\"]",
                    description = "The population's park codes, in code order")
            List<@Size(max = 20) String> populationParkCodes,
            @Schema(maxItems = SpotCheckRequests.SAMPLE_MAX, description = "The sampled parks in draw order") List<SampledPark> sample,
            @Schema(maxLength = 200, examples = "province.admin") String createdBy,
            @Schema(examples = "2020-01-15T02:00:00Z") OffsetDateTime createdAt,
            @Schema(nullable = true, maxLength = 200, examples = "province.admin") String closedBy,
            @Schema(nullable = true, maxLength = 35, examples = "2020-11-30T08:00:00Z") OffsetDateTime closedAt,
            @Schema(minimum = "0", maximum = "9223372036854775807", examples = "1", description = "Also the ETag") long version) {

        static Round of(SpotCheckRound round, List<PopulationEntry> population, Map<String, SpotCheckFinding> findings,
                        Map<String, String> parkNames) {
            List<SampledPark> sample = population.stream().filter(PopulationEntry::sampled)
                    .sorted((a, b) -> Integer.compare(a.drawPosition, b.drawPosition))
                    .map(e -> SampledPark.of(e, parkNames.get(e.parkCode), findings.get(e.parkCode)))
                    .toList();
            return new Round(round.code, round.name, round.status,
                    new Filter(Arrays.stream(round.levels).map(ParkLevel::valueOf).toList(), Arrays.asList(round.cityCodes),
                            Arrays.asList(round.filingYears)),
                    round.sampleSize, round.sampleRate, round.seed, List.copyOf(round.experts),
                    population.stream().map(e -> e.parkCode).sorted().toList(), sample, round.createdBy,
                    round.createdAt, round.closedBy, round.closedAt, round.version);
        }
    }

    /** The population filter; an empty list does not filter. */
    @Schema(name = "SpotCheckPopulationFilter")
    public record Filter(@Schema(maxItems = 2, examples = "[\"NATIONAL\"]") List<ParkLevel> levels,
                         @Schema(maxItems = SpotCheckRequests.CITIES_MAX, examples = "[\"370600\"]")
                         List<@Size(max = 6) String> cityCodes,
                         @Schema(maxItems = SpotCheckRequests.YEARS_MAX, examples = "[2019, 2020]") List<Integer> filingYears) {
    }

    /** A sampled park, its filed application and what the spot check found so far. */
    @Schema(name = "SpotCheckSampledPark")
    public record SampledPark(
            @Schema(minimum = "1", maximum = "1000", examples = "1") int drawPosition,
            @Schema(maxLength = 20, examples = "SDP022") String parkCode,
            @Schema(nullable = true, maxLength = 100, examples = "招远经济技术开发区") String parkName,
            @Schema(maxLength = 6, examples = "370600") String cityCode,
            @Schema(examples = "NATIONAL") ParkLevel level,
            @Schema(examples = "5e1a7c3d-2b4f-4e6a-8c0d-9f1b3d5e7a21") UUID applicationId,
            @Schema(examples = "2019-12-20T02:00:00Z") OffsetDateTime filedAt,
            @Schema(nullable = true, maxLength = 22, examples = "RECTIFICATION_REQUIRED", description = "null until a finding is recorded")
            FindingStatus finding) {

        static SampledPark of(PopulationEntry entry, String parkName, SpotCheckFinding finding) {
            return new SampledPark(entry.drawPosition, entry.parkCode, parkName, entry.cityCode, entry.level,
                    entry.applicationId, entry.filedAt, finding == null ? null : finding.status);
        }
    }

    /** The draw recomputed from the recorded population and seed, beside the recorded sample. */
    @Schema(name = "SpotCheckVerification")
    public record Verification(
            @Schema(maxLength = 7, examples = "2020-01") String roundCode,
            @Schema(maxLength = 200, examples = SpotCheckSampling.ALGORITHM) String algorithm,
            @Schema(maxLength = 64, examples = "20200115-shengjingxinwei") String seed,
            @Schema(minimum = "1", maximum = "1000", examples = "1") int sampleSize,
            @Schema(maxItems = SpotCheckRequests.SAMPLE_MAX, description = "Each park of the population with its rank, rank order")
            List<RankedPark> ranking,
            @Schema(maxItems = SpotCheckRequests.SAMPLE_MAX, examples = "[\"SDP023\"]") List<@Size(max = 20) String> recordedSample,
            @Schema(maxItems = SpotCheckRequests.SAMPLE_MAX, examples = "[\"SDP023\"]") List<@Size(max = 20) String> recomputedSample,
            @Schema(examples = "true", description = "Whether the recomputed sample equals the recorded one, in order") boolean matches) {
    }

    /** A park of the population and its rank under the seed. */
    @Schema(name = "SpotCheckRankedPark")
    public record RankedPark(@Schema(maxLength = 20, examples = "SDP023") String parkCode,
                             @Schema(maxLength = 64, minLength = 64, pattern = "^[0-9a-f]{64}$",
                                     examples = "0b6f5c0f1e3a9d2c4b8e7f6a5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2")
                             String sha256) {
    }

    /** What the spot check found about one sampled park. */
    @Schema(name = "SpotCheckFinding")
    public record Finding(
            @Schema(examples = "9c1e3a5b-7d9f-4b1d-8e3a-5c7e9b1d3f62") UUID id,
            @Schema(maxLength = 7, examples = "2020-01") String roundCode,
            @Schema(maxLength = 20, examples = "SDP022") String parkCode,
            @Schema(maxLength = 6, examples = "370600") String cityCode,
            @Schema(examples = "5e1a7c3d-2b4f-4e6a-8c0d-9f1b3d5e7a21") UUID applicationId,
            @Schema(examples = "RECTIFICATION_REQUIRED", description = "Where the finding stands now") FindingStatus status,
            @Schema(examples = "RECTIFICATION_REQUIRED", description = "The finding as first recorded") FindingStatus outcome,
            @Schema(maxItems = SpotCheckRequests.REASONS_MAX, examples = SpotCheckRequests.REASON_EXAMPLE)
            List<@Size(max = SpotCheckRequests.REASON_MAX) String> reasons,
            @Schema(nullable = true, maxLength = 10, examples = "2020-09-30") LocalDate rectificationDeadline,
            @Schema(maxLength = 200, examples = "expert.wang") String recordedBy,
            @Schema(examples = "2020-03-10T06:00:00Z") OffsetDateTime recordedAt,
            @Schema(nullable = true) Resolution resolution,
            @Schema(minimum = "0", maximum = "9223372036854775807", examples = "0", description = "Also the ETag") long version) {

        static Finding of(SpotCheckFinding finding) {
            Resolution resolution = finding.resolvedAt == null ? null
                    : new Resolution(Arrays.asList(finding.resolutionReasons), finding.resolvedBy, finding.resolvedAt);
            return new Finding(finding.id, finding.roundCode, finding.parkCode, finding.cityCode, finding.applicationId,
                    finding.status, finding.outcome, Arrays.asList(finding.reasons), finding.rectificationDeadline,
                    finding.recordedBy, finding.recordedAt, resolution, finding.version);
        }
    }

    /** How a required rectification ended. */
    @Schema(name = "SpotCheckFindingResolution")
    public record Resolution(
            @Schema(maxItems = SpotCheckRequests.REASONS_MAX, examples = "[\"固体废物综合利用率已达到95%，经现场核查确认。\"]")
            List<@Size(max = SpotCheckRequests.REASON_MAX) String> reasons,
            @Schema(maxLength = 200, examples = "expert.wang") String resolvedBy,
            @Schema(examples = "2020-10-08T03:00:00Z") OffsetDateTime resolvedAt) {
    }
}
