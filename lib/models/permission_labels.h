#pragma once

#include <QString>
#include <QStringList>

namespace certdeck::models {

// The Azure portal's name of an access-policy permission ("Get", 가져오기, 取得) for its ARM
// identifier ("get"); unknown identifiers are returned as they are. Translated in the context
// "certdeck::models::Permission".
QString permissionLabel(const QString &identifier);

// The labels joined by ", ". (Where the portal's words clash, as Korean's 가져오기 for both get
// and import, the translation carries the identifier: 가져오기(import); see GLOSSARY.md.)
QString permissionList(const QStringList &identifiers);

} // namespace certdeck::models
