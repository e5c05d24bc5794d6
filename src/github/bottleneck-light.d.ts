// plugin-throttling loads Bottleneck's light build, which ships without its own typings.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
