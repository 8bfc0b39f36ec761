#include "ExchangeFilterModel.h"

#include "ExchangeListModel.h"

ExchangeFilterModel::ExchangeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ExchangeListModel::SortRole);
    setDynamicSortFilter(true);
}

ExchangeFilterModel::~ExchangeFilterModel() = default;

void ExchangeFilterModel::setEndpointFilter(std::optional<ExchangeFormatter::Endpoint> endpoint)
{
    if (m_endpoint == endpoint)
        return;
    m_endpoint = endpoint;
    invalidateFilter();
}

void ExchangeFilterModel::setOutcomeFilter(std::optional<ExchangeFormatter::OutcomeKind> outcome)
{
    if (m_outcome == outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

bool ExchangeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_endpoint
        && index.data(ExchangeListModel::EndpointRole).toInt() != static_cast<int>(*m_endpoint))
        return false;
    if (m_outcome
        && index.data(ExchangeListModel::OutcomeRole).toInt() != static_cast<int>(*m_outcome))
        return false;
    return true;
}
