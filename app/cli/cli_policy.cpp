// policy list | add | remove: the vault's access policies through Azure Resource Manager.
#include "cli_commands.h"

#include "table_output.h"

#include <QJsonArray>

namespace certdeck::cli {

namespace {

QStringList permissionsFrom(const QCommandLineParser &parser, const QString &option) {
    QStringList result;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                result.append(part.trimmed());
        }
    }
    return result;
}

QString joined(const std::optional<QStringList> &permissions) {
    return permissions ? permissions->join(QLatin1Char(',')) : QString();
}

void printEntries(const QList<vault::AccessPolicyEntry> &entries, bool json) {
    if (json) {
        QJsonArray value;
        for (const auto &entry : entries)
            value.append(entry.toJson());
        printJson(QJsonObject{{QStringLiteral("value"), value}});
        return;
    }
    if (entries.isEmpty()) {
        out() << Text::tr("(none)") << '\n';
        return;
    }
    Table table({Text::tr("OBJECT ID"), Text::tr("TENANT"), Text::tr("CERTIFICATES"),
                 Text::tr("SECRETS"), Text::tr("KEYS")});
    for (const auto &entry : entries)
        table.addRow({entry.objectId, entry.tenantId, joined(entry.permissions.certificates),
                      joined(entry.permissions.secrets), joined(entry.permissions.keys)});
    table.print(out());
}

} // namespace

void Commands::policy(const QCommandLineParser &parser, const QStringList &arguments) {
    const QString action = arguments[0];
    const QString what = Text::tr("policy %1").arg(action);
    if (action != QLatin1String("list") && action != QLatin1String("add") &&
        action != QLatin1String("remove"))
        return failLocally(what, Text::tr("policy takes list, add or remove."), ExitUsage);
    const QString resourceId = m_session->vaultResourceId();
    if (resourceId.isEmpty())
        return failLocally(what,
                           Text::tr("Access policies need the vault's resource id: "
                                    "--vault-resource-id ID (a connection file has it)."),
                           ExitUsage);
    const QString objectId = parser.value(QStringLiteral("object-id"));
    if (action != QLatin1String("list") && objectId.isEmpty())
        return failLocally(what, Text::tr("policy %1 needs --object-id ID.").arg(action),
                           ExitUsage);
    vault::Permissions wanted;
    const QStringList certificates = permissionsFrom(parser, QStringLiteral("certificates"));
    const QStringList secrets = permissionsFrom(parser, QStringLiteral("secrets"));
    const QStringList keys = permissionsFrom(parser, QStringLiteral("keys"));
    if (!certificates.isEmpty())
        wanted.certificates = certificates;
    if (!secrets.isEmpty())
        wanted.secrets = secrets;
    if (!keys.isEmpty())
        wanted.keys = keys;
    if (action == QLatin1String("add") && !wanted.certificates && !wanted.secrets && !wanted.keys)
        return failLocally(what, Text::tr("policy add needs --certificates, --secrets or --keys."),
                           ExitUsage);

    client::ArmClient *arm = m_session->arm();
    const QString tenantOption = parser.value(QStringLiteral("tenant-id"));
    await(arm->getVault(resourceId), what,
          [this, arm, action, what, resourceId, objectId, wanted,
           tenantOption](const vault::VaultResource &resource) {
              if (action == QLatin1String("list")) {
                  printEntries(resource.accessPolicies, json());
                  return finish(ExitOk);
              }
              QList<vault::AccessPolicyEntry> entries;
              client::AccessPolicyUpdateKind kind = client::AccessPolicyUpdateKind::Add;
              if (action == QLatin1String("add")) {
                  vault::AccessPolicyEntry entry;
                  entry.tenantId = tenantOption.isEmpty() ? resource.tenantId : tenantOption;
                  entry.objectId = objectId;
                  entry.permissions = wanted;
                  entries.append(entry);
              } else {
                  kind = client::AccessPolicyUpdateKind::Remove;
                  const bool everything = !wanted.certificates && !wanted.secrets && !wanted.keys;
                  for (const auto &stored : resource.accessPolicies) {
                      if (everything && stored.objectId.compare(objectId, Qt::CaseInsensitive) == 0)
                          entries.append(stored);
                  }
                  const std::pair<QString, std::optional<QStringList>> categories[] = {
                      {QStringLiteral("certificates"), wanted.certificates},
                      {QStringLiteral("secrets"), wanted.secrets},
                      {QStringLiteral("keys"), wanted.keys}};
                  for (const auto &[category, permissions] : categories) {
                      for (const QString &permission : permissions.value_or(QStringList())) {
                          if (auto entry =
                                  client::removalEntryFor(resource, objectId, category, permission))
                              entries.append(*entry);
                      }
                  }
                  if (entries.isEmpty())
                      return failLocally(what,
                                         Text::tr("The vault grants %1 nothing of that: there is "
                                                  "nothing to remove.")
                                             .arg(objectId),
                                         ExitNotFound);
              }
              await(arm->updateAccessPolicy(resourceId, kind, entries), what,
                    [this](const QList<vault::AccessPolicyEntry> &echoed) {
                        printEntries(echoed, json());
                        finish(ExitOk);
                    });
          });
}

} // namespace certdeck::cli
