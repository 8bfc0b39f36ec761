#pragma once

#include <QStringList>
#include <QStringView>

// The keys whose values are secrets (form parameters, JSON and query keys): the inspector masks
// them (Redactor) and the history never stores them (HistoryStore::stripSecrets). One list for
// both, compared without case.
namespace SensitiveKeys {

const QStringList &all();
bool contains(QStringView key);

} // namespace SensitiveKeys
