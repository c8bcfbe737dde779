import Foundation
import XCTest

import TestSupport

import ResolutionDiff

@testable import ResolutionRender

/// The JSON contract: golden files for the two real pairs (Tests/Golden/diff/,
/// RESDIFF_RECORD=1 re-records) and validation against Docs/json-format.schema.json.
final class ReportJSONTests: XCTestCase {
    static let pairs = [("A-HRC-RES-28-2", "A-HRC-RES-32-6"), ("A-RES-65-218", "A-RES-75-180")]

    func render(_ old: String, _ new: String) throws -> String {
        ReportJSON.render(Comparison.compare(try Corpus.parse(old), try Corpus.parse(new)))
    }

    func testGoldenJSON() throws {
        for (old, new) in Self.pairs {
            try Golden.assertMatches(try render(old, new), "Tests/Golden/diff/\(old)_to_\(new).json", json: true)
        }
    }

    func testOutputMatchesTheSchema() throws {
        let schemaURL = Corpus.root.appendingPathComponent("Docs/json-format.schema.json")
        let schema = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let cases = Self.pairs + [("A-HRC-31-81", "A-RES-75-180"), ("A-RES-75-180", "A-RES-75-180")]
        for (old, new) in cases {
            let json = try JSONSerialization.jsonObject(with: Data(try render(old, new).utf8))
            let problems = SchemaSubset(root: schema).validate(json, against: schema, at: "$")
            XCTAssertEqual(problems, [], "\(old) → \(new)")
        }
    }

    func testTheSchemaValidatorRejectsWhatItShould() throws {
        let schemaURL = Corpus.root.appendingPathComponent("Docs/json-format.schema.json")
        let schema = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        var json = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(try render("A-RES-65-218", "A-RES-75-180").utf8))
                as? [String: Any])
        json["formatVersion"] = 1
        var paragraphs = try XCTUnwrap(json["paragraphs"] as? [[String: Any]])
        paragraphs[0]["changes"] = ["rewritten"]
        paragraphs[1].removeValue(forKey: "edits")
        json["paragraphs"] = paragraphs
        let problems = SchemaSubset(root: schema).validate(json, against: schema, at: "$")
        XCTAssertEqual(problems.count, 3, "\(problems)")
    }
}

/// The part of JSON Schema the contract uses: type, const, enum, required, properties,
/// additionalProperties, items, $ref, minimum, maximum, pattern.
struct SchemaSubset {
    let root: [String: Any]

    func validate(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last!)
            let defs = root["$defs"] as! [String: Any]
            return validate(value, against: defs[name] as! [String: Any], at: path)
        }
        var problems: [String] = []
        if let types = schema["type"] {
            let allowed = (types as? [String]) ?? [types as! String]
            if !allowed.contains(where: { Self.matches(value, $0) }) { return ["\(path): not \(allowed)"] }
        }
        if let c = schema["const"], !Self.equal(c, value) { problems.append("\(path): not \(c)") }
        if let e = schema["enum"] as? [Any], !e.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) not in enum")
        }
        if let n = value as? NSNumber, !Self.matches(value, "boolean") {
            if let min = schema["minimum"] as? Double, n.doubleValue < min { problems.append("\(path): below \(min)") }
            if let max = schema["maximum"] as? Double, n.doubleValue > max { problems.append("\(path): above \(max)") }
        }
        if let pattern = schema["pattern"] as? String, let s = value as? String,
            s.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): \(s) does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object {
                if let sub = properties[key] as? [String: Any] {
                    problems += validate(child, against: sub, at: "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    problems += validate(child, against: extra, at: "\(path).\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, child) in array.enumerated() { problems += validate(child, against: items, at: "\(path)[\(i)]") }
        }
        return problems
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer":
            return (value as? NSNumber).map { !matches(value, "boolean") && $0.doubleValue == $0.doubleValue.rounded() }
                ?? false
        case "number": return value is NSNumber && !matches(value, "boolean")
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return false
    }
}
