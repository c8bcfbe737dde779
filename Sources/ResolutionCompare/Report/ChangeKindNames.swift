import ResolutionModel

/// A kind of change as one paragraph's change is named in each language the reports
/// and check messages speak ("reworded", "modification", "modificación"): one place for
/// the checker and the renderers alike.
extension ChangeReport.ChangeKind {
    public func name(_ language: LanguageCode) -> String {
        switch language {
        case .fr:
            switch self {
            case .added: "ajout"
            case .removed: "suppression"
            case .reworded: "modification"
            case .renumbered: "renumérotation"
            case .moved: "déplacement"
            case .split: "division"
            case .merged: "fusion"
            case .citations: "renvois"
            }
        case .es:
            switch self {
            case .added: "adición"
            case .removed: "supresión"
            case .reworded: "modificación"
            case .renumbered: "renumeración"
            case .moved: "traslado"
            case .split: "división"
            case .merged: "fusión"
            case .citations: "remisiones"
            }
        case .en, .ru, .ar, .zh: rawValue
        }
    }
}
