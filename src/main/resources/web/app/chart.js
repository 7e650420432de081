// The chart of one area's trade by period. Only the parts of ECharts it uses are bundled.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { amount, decimal, t } from './i18n.js';

echarts.use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
    SVGRenderer]);

const BILLION = 1e9;
const COLORS = { exports: '#0b5d3b', imports: '#c2571a', balance: '#1f4e8c', target: '#7a1fa2' };

let chart;

/**
 * Draws `rows` (see index.js: one per period, with exports, imports, balance and target values, each null when
 * unknown). Null is drawn as nothing: a bar is missing and the balance line breaks, never drops to zero.
 */
export function drawChart(element, rows) {
    chart ??= echarts.init(element, null, { renderer: 'svg' });
    const bar = (key) => rows.map((row) => {
        const value = row[key];
        if (value.amount === null) return null;
        const estimate = value.status === 'ESTIMATE' || value.partial;
        return {
            value: value.amount / BILLION,
            itemStyle: estimate ? { opacity: 0.45, borderType: 'dashed', borderWidth: 2, borderColor: '#222' } : {},
            label: value.qualifier !== 'EXACT' ? { show: true, position: 'top', formatter: t(`qualifier.${value.qualifier}`) } : undefined,
        };
    });
    const tooltip = (key) => (params) => {
        const value = rows[params.dataIndex][key];
        return `${params.seriesName} ${rows[params.dataIndex].label}: ${amount(value.amount, 'USD', value.qualifier)}`
            + (value.status && value.status !== 'REPORTED' ? ` (${t(`status.${value.status}`)})` : '')
            + (value.partial ? ` (${t('partial')})` : '');
    };
    chart.setOption({
        aria: { enabled: true },
        animation: false,
        // The legend below the axis, so that it never meets the axis's name above it, however narrow the screen.
        grid: { left: 48, right: 16, top: 32, bottom: 64 },
        legend: { bottom: 0 },
        tooltip: { trigger: 'item' },
        xAxis: { type: 'category', data: rows.map((row) => row.label), axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', name: t('chartCaption').split(',').pop().trim(), axisLabel: { formatter: decimal } },
        series: [
            { name: t('exports'), type: 'bar', barMaxWidth: 40, color: COLORS.exports, data: bar('exports'), tooltip: { formatter: tooltip('exports') } },
            { name: t('imports'), type: 'bar', barMaxWidth: 40, color: COLORS.imports, data: bar('imports'), tooltip: { formatter: tooltip('imports') } },
            {
                name: t('balance'), type: 'line', color: COLORS.balance, connectNulls: false, symbolSize: 8,
                data: rows.map((row) => (row.balance.amount === null ? null : row.balance.amount / BILLION)),
                tooltip: { formatter: tooltip('balance') },
            },
            {
                name: t('target'), type: 'scatter', color: COLORS.target, symbol: 'diamond', symbolSize: 14,
                data: rows.map((row) => (row.target.amount === null ? null : row.target.amount / BILLION)),
                tooltip: { formatter: tooltip('target') },
            },
        ],
    }, { notMerge: true });
}

export function resizeChart() {
    chart?.resize();
}
