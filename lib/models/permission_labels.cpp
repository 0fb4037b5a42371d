#include "permission_labels.h"

#include <QCoreApplication>
#include <QHash>

namespace certdeck::models {

QString permissionLabel(const QString &identifier) {
    static const QHash<QString, const char *> labels{
        {QStringLiteral("get"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Get")},
        {QStringLiteral("list"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "List")},
        {QStringLiteral("set"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Set")},
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Create")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Import")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Update")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Delete")},
        {QStringLiteral("recover"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Recover")},
        {QStringLiteral("purge"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Purge")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Backup")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Restore")},
        {QStringLiteral("managecontacts"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Manage contacts")},
        {QStringLiteral("manageissuers"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Manage certificate authorities")},
        {QStringLiteral("getissuers"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Get certificate authorities")},
        {QStringLiteral("listissuers"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "List certificate authorities")},
        {QStringLiteral("setissuers"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Set certificate authorities")},
        {QStringLiteral("deleteissuers"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Delete certificate authorities")},
        {QStringLiteral("encrypt"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Encrypt")},
        {QStringLiteral("decrypt"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Decrypt")},
        {QStringLiteral("wrapKey"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Wrap key")},
        {QStringLiteral("unwrapKey"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Unwrap key")},
        {QStringLiteral("sign"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Sign")},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Verify")},
        {QStringLiteral("release"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Release")},
        {QStringLiteral("rotate"), QT_TRANSLATE_NOOP("certdeck::models::Permission", "Rotate")},
        {QStringLiteral("getrotationpolicy"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Get rotation policy")},
        {QStringLiteral("setrotationpolicy"),
         QT_TRANSLATE_NOOP("certdeck::models::Permission", "Set rotation policy")},
    };
    const char *label = labels.value(identifier);
    return label ? QCoreApplication::translate("certdeck::models::Permission", label) : identifier;
}

QString permissionList(const QStringList &identifiers) {
    QStringList labels;
    for (const QString &identifier : identifiers)
        labels.append(permissionLabel(identifier));
    // Chinese lists take the enumeration comma (、), not ", ".
    return labels.join(QCoreApplication::translate("certdeck::models::Permission", ", "));
}

} // namespace certdeck::models
