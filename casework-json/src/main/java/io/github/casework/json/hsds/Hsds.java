package io.github.casework.json.hsds;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.CaseworkException;
import io.github.casework.LifeDomain;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.id.AgencyId;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.signal.Area;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and writes a service directory as Open Referral's Human Services Data Specification (HSDS) 3.1 JSON: a page
 * of organizations ({@code {"contents": [...]}}, as the HSDS API's paged lists), each with its nested services. See
 * the package description for the mapping and the casework extension attributes. Uses Jackson's tree and streaming
 * APIs only. Immutable and thread-safe.
 */
public final class Hsds {
  /** The largest HSDS document read: 16 MiB. */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
  /** The vocabulary of the casework extension attributes. */
  public static final String VOCABULARY = "casework";

  static final String ELIGIBILITY = "casework:eligibility";
  static final String LIFE_DOMAIN = "casework:life-domain";
  static final String SERVICE_CODE = "casework:service-code";
  static final String AGENCY_KIND = "casework:agency-kind";
  static final String WAITLIST_PREFIX = "waitlist:";

  private static final Set<String> ORGANIZATION_MEMBERS = ImmutableSet.of("id", "name", "services", "attributes");
  private static final Set<String> SERVICE_MEMBERS = ImmutableSet.of("id", "organization_id", "name", "status",
      "minimum_age", "maximum_age", "service_areas", "capacities", "attributes");
  private static final Set<String> AREA_MEMBERS = ImmutableSet.of("id", "service_id", "name");
  private static final Set<String> CAPACITY_MEMBERS = ImmutableSet.of("id", "service_id", "unit", "unit_id",
      "available", "maximum", "updated", "description");
  private static final Set<String> UNIT_MEMBERS = ImmutableSet.of("id", "name", "scheme", "identifier", "uri");

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxDocumentLength(MAX_DOCUMENT_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build());

  private Hsds() {}

  /**
   * Reads an HSDS 3.1 export: a paged list of organizations ({@code contents}), an array of organizations, or one
   * organization, each with its services.
   *
   * @param json the UTF-8 JSON text, not null
   * @return the directory, the members kept verbatim and the notes of the reading
   * @throws CaseworkJsonException if the text is not JSON or not of that shape ({@code json.*}), or the domain
   *     rejects a value it describes (the domain's code), naming the JSON pointer, never quoting the input
   */
  public static HsdsDirectory read(byte[] json) {
    requireNonNull(json, "json");
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw new CaseworkJsonException(JsonCodes.LIMIT_EXCEEDED, "an HSDS document is at most 16 MiB", "", -1, -1);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw new CaseworkJsonException(JsonCodes.SYNTAX, "the HSDS document is not well-formed JSON", "", line,
          column);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reader().read(root);
  }

  /**
   * Writes a directory as an HSDS 3.1 paged list of organizations, with the kept members given back.
   *
   * @param hsds the directory and its kept members, not null
   * @return the UTF-8 JSON text, one line ending in LF
   */
  public static byte[] write(HsdsDirectory hsds) {
    requireNonNull(hsds, "hsds");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      new Writer(hsds, g).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** Confined to one call of {@link #read}. */
  private static final class Reader {
    private final List<HsdsNote> notes = new ArrayList<>();
    private final Map<String, ImmutableMap<String, String>> kept = new LinkedHashMap<>();

    HsdsDirectory read(JsonNode root) {
      JsonNode organizations;
      String base;
      if (root.isArray()) {
        organizations = root;
        base = "";
      } else if (root.isObject() && root.has("contents")) {
        organizations = root.get("contents");
        base = "/contents";
        if (!organizations.isArray()) {
          throw wrongType(base, "contents is an array of organizations");
        }
      } else if (root.isObject() && root.has("id") && root.has("name")) {
        organizations = MAPPER.createArrayNode().add(root);
        base = null;
      } else {
        throw new CaseworkJsonException(JsonCodes.WRONG_FORMAT, "an HSDS directory is a paged list of organizations "
            + "(contents), an array of organizations or one organization", "", -1, -1);
      }
      List<Agency> agencies = new ArrayList<>();
      List<ServiceListing> listings = new ArrayList<>();
      for (int i = 0; i < organizations.size(); i++) {
        organization(organizations.get(i), base == null ? "" : base + "/" + i, agencies, listings);
      }
      ServiceDirectory directory = domain("", () -> ServiceDirectory.of(agencies, listings));
      return new HsdsDirectory(directory, ImmutableMap.copyOf(kept), ImmutableList.copyOf(notes));
    }

    private void organization(JsonNode org, String p, List<Agency> agencies, List<ServiceListing> listings) {
      object(org, p);
      AgencyId id = domain(p + "/id", () -> AgencyId.of(text(org, "id", p)));
      String name = text(org, "name", p);
      Map<String, String> keep = keep(org, p, ORGANIZATION_MEMBERS);
      List<String> otherAttributes = new ArrayList<>();
      Map<String, List<Attr>> attrs = attributes(org, p, otherAttributes);
      if (!otherAttributes.isEmpty()) {
        keep.put("attributes", "[" + String.join(",", otherAttributes) + "]");
      }
      AgencyKind kind = AgencyKind.WELFARE;
      List<Attr> kinds = attrs.getOrDefault(AGENCY_KIND, List.of());
      if (kinds.isEmpty()) {
        notes.add(new HsdsNote(p, HsdsNote.Kind.AGENCY_KIND_ASSUMED));
      } else {
        kind = agencyKind(kinds.get(0));
      }
      List<AgencyService> services = new ArrayList<>();
      List<ServiceListing> own = new ArrayList<>();
      JsonNode list = org.get("services");
      if (list != null) {
        if (!list.isArray()) {
          throw wrongType(p + "/services", "services is an array");
        }
        for (int i = 0; i < list.size(); i++) {
          service(list.get(i), p + "/services/" + i, id, services, own);
        }
      }
      AgencyKind agencyKind = kind;
      agencies.add(domain(p, () -> Agency.of(id, name, agencyKind, services)));
      listings.addAll(own);
      if (!keep.isEmpty()) {
        kept.put("organization/" + id.value(), ImmutableMap.copyOf(keep));
      }
    }

    private void service(JsonNode s, String p, AgencyId agency, List<AgencyService> services,
        List<ServiceListing> listings) {
      object(s, p);
      String hsdsId = text(s, "id", p);
      String name = text(s, "name", p);
      String statusText = text(s, "status", p);
      ServiceStatus status;
      switch (statusText) {
        case "active":
          status = ServiceStatus.ACTIVE;
          break;
        case "inactive":
          status = ServiceStatus.INACTIVE;
          break;
        case "defunct":
          status = ServiceStatus.INACTIVE;
          notes.add(new HsdsNote(p + "/status", HsdsNote.Kind.DEFUNCT_AS_INACTIVE));
          break;
        case "temporarily closed":
          status = ServiceStatus.TEMPORARILY_CLOSED;
          break;
        default:
          throw new CaseworkJsonException(JsonCodes.UNKNOWN_CODE, "an HSDS service status is active, inactive, "
              + "defunct or temporarily closed", p + "/status", -1, -1);
      }
      Map<String, String> keep = keep(s, p, SERVICE_MEMBERS);
      List<String> otherAttributes = new ArrayList<>();
      Map<String, List<Attr>> attrs = attributes(s, p, otherAttributes);
      if (!otherAttributes.isEmpty()) {
        keep.put("attributes", "[" + String.join(",", otherAttributes) + "]");
      }
      List<Attr> codes = attrs.getOrDefault(SERVICE_CODE, List.of());
      String code = codes.isEmpty() ? hsdsId : codes.get(0).value;
      List<LifeDomain> domains = new ArrayList<>();
      for (Attr a : attrs.getOrDefault(LIFE_DOMAIN, List.of())) {
        domains.add(domain(a.pointer, () -> LifeDomain.ofCode(a.value)));
      }
      Eligibility rule = eligibility(s, p, attrs.getOrDefault(ELIGIBILITY, List.of()));
      List<Area> areas = new ArrayList<>();
      JsonNode serviceAreas = s.get("service_areas");
      if (serviceAreas != null) {
        array(serviceAreas, p + "/service_areas");
        for (int i = 0; i < serviceAreas.size(); i++) {
          String ap = p + "/service_areas/" + i;
          JsonNode area = serviceAreas.get(i);
          object(area, ap);
          dropUnknown(area, ap, AREA_MEMBERS);
          areas.add(domain(ap + "/name", () -> Area.of(text(area, "name", ap))));
        }
      }
      Optional<ServiceCapacity> capacity = capacity(s, p);
      // The whole service is read, so that its errors show, before one without a life domain is left out.
      if (domains.isEmpty()) {
        notes.add(new HsdsNote(p, HsdsNote.Kind.SERVICE_WITHOUT_LIFE_DOMAIN));
        return;
      }
      ServiceListing listing = domain(p, () -> new ServiceListing(agency, code,
          ImmutableSortedSet.copyOf(areas), status, rule, capacity));
      services.add(domain(p, () -> AgencyService.of(code, name, domains)));
      listings.add(listing);
      if (!keep.isEmpty()) {
        kept.put("service/" + agency.value() + "/" + code, ImmutableMap.copyOf(keep));
      }
    }

    private Eligibility eligibility(JsonNode s, String p, List<Attr> rules) {
      Optional<Integer> min = age(s, "minimum_age", p, true);
      Optional<Integer> max = age(s, "maximum_age", p, false);
      if (!rules.isEmpty()) {
        Attr a = rules.get(0);
        Eligibility rule = domain(a.pointer, () -> Eligibility.parse(a.value));
        if ((min.isPresent() || max.isPresent())
            && !ageOf(rule).equals(Optional.of(min.orElse(0) + ".." + max.orElse(Eligibility.AgeBetween.OLDEST)))) {
          notes.add(new HsdsNote(p, HsdsNote.Kind.AGES_DIFFER_FROM_RULE));
        }
        return rule;
      }
      if (min.isPresent() || max.isPresent()) {
        int lo = min.orElse(0);
        int hi = max.orElse(Eligibility.AgeBetween.OLDEST);
        if (lo == 0 && hi == Eligibility.AgeBetween.OLDEST) {
          return Eligibility.everyone();
        }
        return domain(p + "/minimum_age", () -> new Eligibility.AgeBetween(lo, hi));
      }
      if (s.has("eligibility_description")) {
        notes.add(new HsdsNote(p + "/eligibility_description", HsdsNote.Kind.ELIGIBILITY_TEXT_ONLY));
      }
      return Eligibility.everyone();
    }

    private Optional<Integer> age(JsonNode s, String member, String p, boolean lower) {
      JsonNode n = s.get(member);
      if (n == null) {
        return Optional.empty();
      }
      if (!n.isNumber()) {
        throw wrongType(p + "/" + member, "an age is a number");
      }
      double v = n.asDouble();
      if (!(v >= 0 && v <= Eligibility.AgeBetween.OLDEST)) {
        throw new CaseworkJsonException(JsonCodes.INVALID_NUMBER, "an age lies within 0 to 130 years",
            p + "/" + member, -1, -1);
      }
      // Whole years: a lower bound rounds up, an upper bound down, so the range never widens.
      return Optional.of((int) (lower ? Math.ceil(v) : Math.floor(v)));
    }

    private Optional<ServiceCapacity> capacity(JsonNode s, String p) {
      JsonNode list = s.get("capacities");
      if (list == null || list.isEmpty()) {
        if (list != null) {
          array(list, p + "/capacities");
        }
        return Optional.empty();
      }
      array(list, p + "/capacities");
      for (int i = 1; i < list.size(); i++) {
        notes.add(new HsdsNote(p + "/capacities/" + i, HsdsNote.Kind.EXTRA_CAPACITY_DROPPED));
      }
      String cp = p + "/capacities/0";
      JsonNode c = list.get(0);
      object(c, cp);
      dropUnknown(c, cp, CAPACITY_MEMBERS);
      Instant updated = instant(c, cp);
      JsonNode unit = c.get("unit");
      if (unit != null) {
        object(unit, cp + "/unit");
        dropUnknown(unit, cp + "/unit", UNIT_MEMBERS);
        JsonNode scheme = unit.get("scheme");
        JsonNode identifier = unit.get("identifier");
        if (scheme != null && VOCABULARY.equals(scheme.asText()) && identifier != null
            && identifier.asText().startsWith(WAITLIST_PREFIX)) {
          String band = identifier.asText().substring(WAITLIST_PREFIX.length());
          return Optional.of(new ServiceCapacity.Waitlist(domain(cp + "/unit/identifier",
              () -> WaitlistBand.ofCode(band)), updated));
        }
      }
      int available = count(c, "available", cp).orElseThrow(() -> new CaseworkJsonException(
          JsonCodes.MISSING_MEMBER, "a service capacity has a number available", cp, -1, -1));
      int maximum = count(c, "maximum", cp).orElse(Math.max(available, 1));
      return Optional.of(domain(cp, () -> new ServiceCapacity.Places(available, maximum, updated)));
    }

    private static Optional<Integer> count(JsonNode c, String member, String p) {
      JsonNode n = c.get(member);
      if (n == null) {
        return Optional.empty();
      }
      if (!n.isNumber() || n.asDouble() != Math.rint(n.asDouble()) || n.asDouble() < 0 || n.asDouble() > 1e9) {
        throw new CaseworkJsonException(JsonCodes.INVALID_NUMBER, "a count of places is a whole number of 0 or more",
            p + "/" + member, -1, -1);
      }
      return Optional.of(n.asInt());
    }

    private static Instant instant(JsonNode c, String p) {
      String text = text(c, "updated", p);
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw new CaseworkJsonException(JsonCodes.INVALID_INSTANT, "updated is an ISO 8601 date-time with an offset",
            p + "/updated", -1, -1);
      }
    }

    /** The attributes of an object: casework's by code, the others as their JSON text. */
    private Map<String, List<Attr>> attributes(JsonNode owner, String p, List<String> others) {
      Map<String, List<Attr>> out = new HashMap<>();
      JsonNode list = owner.get("attributes");
      if (list == null) {
        return out;
      }
      array(list, p + "/attributes");
      for (int i = 0; i < list.size(); i++) {
        String ap = p + "/attributes/" + i;
        JsonNode a = list.get(i);
        object(a, ap);
        JsonNode term = a.get("taxonomy_term");
        String code = term != null && term.isObject() && term.get("code") != null ? term.get("code").asText() : "";
        if (code.startsWith(VOCABULARY + ":")) {
          out.computeIfAbsent(code, k -> new ArrayList<>()).add(new Attr(text(a, "value", ap), ap + "/value"));
        } else {
          others.add(a.toString());
        }
      }
      return out;
    }

    private static AgencyKind agencyKind(Attr a) {
      for (AgencyKind k : AgencyKind.values()) {
        if (k.code().equals(a.value)) {
          return k;
        }
      }
      throw new CaseworkJsonException(JsonCodes.UNKNOWN_CODE, "is not a known agency kind", a.pointer, -1, -1);
    }

    /** The members outside {@code known}, as JSON text, each noted as kept. */
    private Map<String, String> keep(JsonNode o, String p, Set<String> known) {
      Map<String, String> keep = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (!known.contains(e.getKey())) {
          keep.put(e.getKey(), e.getValue().toString());
          notes.add(new HsdsNote(p + "/" + escape(e.getKey()), HsdsNote.Kind.MEMBER_KEPT));
        }
      }
      return keep;
    }

    private void dropUnknown(JsonNode o, String p, Set<String> known) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        String name = e.getKey();
        if (!known.contains(name)) {
          notes.add(new HsdsNote(p + "/" + escape(name), HsdsNote.Kind.NESTED_MEMBER_DROPPED));
        }
      }
    }

    private static String text(JsonNode o, String member, String p) {
      JsonNode n = o.get(member);
      if (n == null || n.isNull()) {
        throw new CaseworkJsonException(JsonCodes.MISSING_MEMBER, "the member " + member + " is required", p, -1,
            -1);
      }
      if (!n.isTextual()) {
        throw wrongType(p + "/" + member, member + " is a string");
      }
      return n.asText();
    }

    private static void object(JsonNode n, String p) {
      if (!n.isObject()) {
        throw wrongType(p, "an object is expected here");
      }
    }

    private static void array(JsonNode n, String p) {
      if (!n.isArray()) {
        throw wrongType(p, "an array is expected here");
      }
    }

    private static CaseworkJsonException wrongType(String p, String rule) {
      return new CaseworkJsonException(JsonCodes.WRONG_TYPE, rule, p, -1, -1);
    }

    private static <T> T domain(String p, Supplier<T> make) {
      try {
        return make.get();
      } catch (CaseworkJsonException e) {
        throw e;
      } catch (CaseworkException e) {
        throw new CaseworkJsonException(e.code(), "the value breaks a rule of the domain: " + e.getMessage(), p, -1,
            -1, e);
      }
    }
  }

  /** One casework attribute: its value and where it stands. */
  private record Attr(String value, String pointer) {}

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The age range of a rule's top level ("lo..hi"), if the rule is one or has one among its and-ed parts. */
  static Optional<String> ageOf(Eligibility rule) {
    Optional<Eligibility.AgeBetween> a = ageRange(rule);
    return a.map(x -> x.min() + ".." + x.max());
  }

  static Optional<Eligibility.AgeBetween> ageRange(Eligibility rule) {
    if (rule instanceof Eligibility.AgeBetween a) {
      return Optional.of(a);
    }
    if (rule instanceof Eligibility.All all) {
      for (Eligibility part : all.parts()) {
        if (part instanceof Eligibility.AgeBetween a) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /** Confined to one call of {@link #write}. */
  private static final class Writer {
    private final HsdsDirectory hsds;
    private final JsonGenerator g;
    private final Map<String, Integer> codeUse = new HashMap<>();

    Writer(HsdsDirectory hsds, JsonGenerator g) {
      this.hsds = hsds;
      this.g = g;
      hsds.directory().listings().forEach(l -> codeUse.merge(l.service(), 1, Integer::sum));
    }

    void write() throws IOException {
      ServiceDirectory d = hsds.directory();
      int n = d.agencies().size();
      g.writeStartObject();
      g.writeNumberField("total_items", n);
      g.writeNumberField("total_pages", 1);
      g.writeNumberField("page_number", 1);
      g.writeNumberField("size", n);
      g.writeBooleanField("first_page", true);
      g.writeBooleanField("last_page", true);
      g.writeBooleanField("empty", n == 0);
      g.writeArrayFieldStart("contents");
      for (Agency a : d.agencies()) {
        organization(a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void organization(Agency a) throws IOException {
      Map<String, String> keep = hsds.kept().getOrDefault("organization/" + a.id().value(), ImmutableMap.of());
      g.writeStartObject();
      g.writeStringField("id", a.id().value());
      g.writeStringField("name", a.name());
      writeKept(keep);
      g.writeArrayFieldStart("attributes");
      attribute(a.id().value(), "organization", AGENCY_KIND, "casework agency kind", a.kind().code(), 0);
      writeRawItems(keep.get("attributes"));
      g.writeEndArray();
      g.writeArrayFieldStart("services");
      for (ServiceListing l : hsds.directory().listings()) {
        if (l.agency().equals(a.id())) {
          service(a, l);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void service(Agency a, ServiceListing l) throws IOException {
      AgencyService s = a.service(l.service()).orElseThrow();
      String id = codeUse.getOrDefault(l.service(), 0) > 1 ? a.id().value() + ":" + l.service() : l.service();
      Map<String, String> keep = hsds.kept().getOrDefault("service/" + a.id().value() + "/" + l.service(),
          ImmutableMap.of());
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("organization_id", a.id().value());
      g.writeStringField("name", s.name());
      g.writeStringField("status", l.status() == ServiceStatus.TEMPORARILY_CLOSED ? "temporarily closed"
          : l.status().code());
      writeKept(keep);
      Optional<Eligibility.AgeBetween> ages = ageRange(l.eligibility());
      if (ages.isPresent()) {
        if (ages.get().min() > 0) {
          g.writeNumberField("minimum_age", ages.get().min());
        }
        if (ages.get().max() < Eligibility.AgeBetween.OLDEST) {
          g.writeNumberField("maximum_age", ages.get().max());
        }
      }
      g.writeArrayFieldStart("service_areas");
      int i = 0;
      for (Area area : l.areas()) {
        g.writeStartObject();
        g.writeStringField("id", id + "-area-" + i++);
        g.writeStringField("service_id", id);
        g.writeStringField("name", area.code());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("capacities");
      if (l.capacity().isPresent()) {
        capacity(id, l.capacity().get());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("attributes");
      int k = 0;
      attribute(id, "service", SERVICE_CODE, "casework service code", l.service(), k++);
      for (LifeDomain domain : s.domains()) {
        attribute(id, "service", LIFE_DOMAIN, "casework life domain", domain.code(), k++);
      }
      attribute(id, "service", ELIGIBILITY, "casework eligibility rule", l.eligibility().toString(), k);
      writeRawItems(keep.get("attributes"));
      g.writeEndArray();
      g.writeEndObject();
    }

    private void capacity(String id, ServiceCapacity c) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", id + "-capacity");
      g.writeStringField("service_id", id);
      g.writeObjectFieldStart("unit");
      if (c instanceof ServiceCapacity.Waitlist w) {
        g.writeStringField("id", "casework-waitlist-" + w.band().code());
        g.writeStringField("name", "waitlist " + w.band().code());
        g.writeStringField("scheme", VOCABULARY);
        g.writeStringField("identifier", WAITLIST_PREFIX + w.band().code());
        g.writeEndObject();
        g.writeNumberField("available", w.hasRoom() ? 1 : 0);
      } else {
        ServiceCapacity.Places p = (ServiceCapacity.Places) c;
        g.writeStringField("id", "casework-places");
        g.writeStringField("name", "places");
        g.writeStringField("scheme", VOCABULARY);
        g.writeStringField("identifier", "places");
        g.writeEndObject();
        g.writeNumberField("available", p.available());
        g.writeNumberField("maximum", p.maximum());
      }
      g.writeStringField("updated", c.updatedAt().toString());
      g.writeEndObject();
    }

    private void attribute(String owner, String entity, String code, String name, String value, int index)
        throws IOException {
      String suffix = code.substring(VOCABULARY.length() + 1);
      g.writeStartObject();
      g.writeStringField("id", owner + "-" + suffix + (index > 0 ? "-" + index : ""));
      g.writeStringField("link_id", owner);
      g.writeStringField("link_type", entity);
      g.writeStringField("link_entity", entity);
      g.writeStringField("value", value);
      g.writeStringField("label", name);
      g.writeObjectFieldStart("taxonomy_term");
      g.writeStringField("id", "casework-" + suffix);
      g.writeStringField("code", code);
      g.writeStringField("name", name);
      g.writeStringField("taxonomy", VOCABULARY);
      g.writeEndObject();
      g.writeEndObject();
    }

    private void writeKept(Map<String, String> keep) throws IOException {
      for (Map.Entry<String, String> e : keep.entrySet()) {
        if (!e.getKey().equals("attributes")) {
          g.writeFieldName(e.getKey());
          g.writeTree(MAPPER.readTree(e.getValue()));
        }
      }
    }

    private void writeRawItems(String array) throws IOException {
      if (array != null) {
        for (JsonNode item : MAPPER.readTree(array)) {
          g.writeTree(item);
        }
      }
    }
  }
}
