-- wrk script: POSTs the GraphQL documents listed in the BODIES environment variable (file names, separated by
-- commas; each request takes the next one), and counts GraphQL errors and response bytes, which wrk alone does
-- not: a GraphQL error still comes with HTTP 200. The counters are globals so that done() can read them from each
-- thread.
local bodies = {}
local index = 0
errors = 0
bytes = 0
responses = 0
local threads = {}

local function read(path)
  local file = assert(io.open(path, "r"))
  local content = file:read("*a")
  file:close()
  return content
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for name in string.gmatch(os.getenv("BODIES"), "[^,]+") do
    table.insert(bodies, read(name))
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  index = index % #bodies + 1
  return wrk.format(nil, "/graphql", nil, bodies[index])
end

function response(status, headers, body)
  responses = responses + 1
  bytes = bytes + #body
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total_errors, total_bytes, total_responses = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_errors = total_errors + thread:get("errors")
    total_bytes = total_bytes + thread:get("bytes")
    total_responses = total_responses + thread:get("responses")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests_per_second=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d bytes_per_response=%d requests=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    total_errors + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    total_responses > 0 and math.floor(total_bytes / total_responses) or 0, summary.requests))
end
